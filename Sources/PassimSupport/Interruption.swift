#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM, turned into a flag that long jobs poll so they
/// can stop at a safe point. A second signal ends the process at once.
package enum Interruption {
    /// Starts catching SIGINT and SIGTERM.
    package static func install() {
        catchSignals(with: onSignal)
    }

    /// For a loop of jobs (`passim watch`): the first signal asks the loop to
    /// stop once the job at hand is done (`stopAfterJob`), the second stops
    /// the job at its next safe point too (`requested`), a third ends the
    /// process at once.
    package static func installStoppingAfterJob() {
        catchSignals(with: onSignalStoppingAfterJob)
    }

    /// A signal asked the loop of jobs to stop after the current one.
    package static var stopAfterJob: Bool { pendingSignal.load(ordering: .relaxed) != 0 || requested }

    private static func catchSignals(with handler: @convention(c) (Int32) -> Void) {
        Glibc.signal(SIGINT, handler)
        Glibc.signal(SIGTERM, handler)
        // A parent may have started us with these blocked; they must arrive.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The signal received, or nil.
    package static var received: Int32? {
        let value = receivedSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    package static var requested: Bool { received != nil }
}

private let receivedSignal = Atomic<Int32>(0)
private let pendingSignal = Atomic<Int32>(0)

/// Only async-signal-safe work here: an atomic store and resetting the handler.
private func onSignal(_ number: Int32) {
    receivedSignal.store(number, ordering: .relaxed)
    signal(number, SIG_DFL)
}

/// The first signal only asks to stop after the job at hand; later ones act as `onSignal`.
private func onSignalStoppingAfterJob(_ number: Int32) {
    if pendingSignal.load(ordering: .relaxed) == 0 {
        pendingSignal.store(number, ordering: .relaxed)
    } else {
        onSignal(number)
    }
}
