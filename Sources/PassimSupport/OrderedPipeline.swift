import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs work on all cores and hands the results, in input order, to a
/// consumer on the calling thread. At most `window` results wait at a time,
/// which bounds memory however slow the consumer is.
package enum OrderedPipeline {
    /// `makeWorker` is called once per worker thread, so each can keep its own
    /// state (a term generator, buffers); the function it returns maps an
    /// input index to a result. `consume` runs on the calling thread; when it
    /// throws, workers stop taking new items and the error is rethrown.
    package static func run<Result: Sendable>(
        count: Int,
        workers: Int = processorCount,
        window: Int,
        makeWorker: @escaping @Sendable () -> ((Int) -> Result),
        consume: (Int, Result) throws -> Void
    ) rethrows {
        guard count > 0 else { return }
        let workerCount = max(1, min(workers, count))
        let state = SharedState<Result>(count: count, window: max(1, window), workers: workerCount)
        let workers = ThreadGroup()
        for _ in 0..<workerCount {
            workers.spawn {
                let work = makeWorker()
                while let index = state.nextIndex() {
                    state.deliver(index, work(index))
                }
            }
        }
        defer {
            state.stop()
            workers.join()
        }
        for index in 0..<count {
            let result = state.take(index)
            try consume(index, result)
        }
    }

    package static var processorCount: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }
}

/// Slots for results, one readiness signal per slot, and a window of
/// permits: a worker takes a permit *before* taking an index, so the lowest
/// unconsumed index always holds one and the consumer can never deadlock.
private final class SharedState<Result: Sendable>: @unchecked Sendable {
    private let lock = Mutex<Void>(())
    private var results: [Result?]
    private let ready: [DispatchSemaphore]
    private let permits: DispatchSemaphore
    private var next = 0
    private var stopped = false
    private let workers: Int

    package init(count: Int, window: Int, workers: Int) {
        self.workers = workers
        results = Array(repeating: nil, count: count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        // Created empty and filled: libdispatch traps when a semaphore is freed
        // below its initial value, which a stop part-way would otherwise cause.
        permits = DispatchSemaphore(value: 0)
        for _ in 0..<window { permits.signal() }
    }

    package func nextIndex() -> Int? {
        permits.wait()
        let index: Int? = lock.withLock { _ in
            guard !stopped, next < results.count else { return nil }
            defer { next += 1 }
            return next
        }
        if index == nil { permits.signal() }
        return index
    }

    package func deliver(_ index: Int, _ result: Result) {
        lock.withLock { _ in results[index] = result }
        ready[index].signal()
    }

    package func take(_ index: Int) -> Result {
        ready[index].wait()
        let result = lock.withLock { _ in
            defer { results[index] = nil }
            return results[index]!
        }
        permits.signal()
        return result
    }

    package func stop() {
        lock.withLock { _ in stopped = true }
        // Wake any worker waiting for a permit so it sees `stopped`.
        for _ in 0..<workers { permits.signal() }
    }
}
