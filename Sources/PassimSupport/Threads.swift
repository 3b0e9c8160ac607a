#if canImport(Glibc)
import Glibc
#endif

/// Threads of their own for work that blocks on other work. Passim's pipeline
/// threads wait on one another (for results, for room in a window), which a
/// shared pool such as Dispatch's may not tolerate: with every pool thread
/// waiting, the work they wait for never starts. Dedicated threads always do.
package final class ThreadGroup {
    private var threads: [pthread_t] = []

    package init() {}

    private final class Task {
        package let body: () -> Void
        package init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Starts `body` on a new thread; if none can be had, runs it here.
    package func spawn(_ body: @escaping @Sendable () -> Void) {
        let task = Unmanaged.passRetained(Task(body)).toOpaque()
        var thread = pthread_t()
        let made = pthread_create(&thread, nil, { context in
            Unmanaged<Task>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, task)
        if made == 0 {
            threads.append(thread)
        } else {
            Unmanaged<Task>.fromOpaque(task).takeRetainedValue().body()
        }
    }

    /// Waits for every thread started so far.
    package func join() {
        for thread in threads { pthread_join(thread, nil) }
        threads.removeAll()
    }
}
