#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM, turned into a flag that long jobs poll so they
/// can stop at a safe point. A second signal ends the process at once.
public enum Interruption {
    /// Starts catching SIGINT and SIGTERM.
    public static func install() {
        Glibc.signal(SIGINT, onSignal)
        Glibc.signal(SIGTERM, onSignal)
        // A parent may have started us with these blocked; they must arrive.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The signal received, or nil.
    public static var received: Int32? {
        let value = receivedSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    public static var requested: Bool { received != nil }
}

private let receivedSignal = Atomic<Int32>(0)

/// Only async-signal-safe work here: an atomic store and resetting the handler.
private func onSignal(_ number: Int32) {
    receivedSignal.store(number, ordering: .relaxed)
    signal(number, SIG_DFL)
}
