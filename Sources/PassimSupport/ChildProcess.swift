import Glibc
import Synchronization

/// Runs a program without a shell (posix_spawn), its standard output
/// collected up to a limit and its run bounded in time: a program that
/// overruns either is killed, and the caller hears why.
package enum ChildProcess {
    package struct Output {
        package var stdout: [UInt8]
        /// The program wrote more than the limit; it was killed and `stdout`
        /// holds the first `limit` bytes.
        package var truncated = false
        package var timedOut = false
        /// The exit status, or nil when a signal ended the program.
        package var exitStatus: Int32?
        /// The first line the program wrote to its standard error.
        package var firstErrorLine = ""

        package var succeeded: Bool { !timedOut && (exitStatus == 0 || (truncated && exitStatus == nil)) }
    }

    /// How much of standard error is kept, for a message.
    package static let stderrLimit = 4096

    /// Runs `executable` (a path) with `arguments` (bytes, as file names may
    /// not be UTF-8), standard input from /dev/null. Nil when it cannot be started.
    package static func run(_ executable: String, _ arguments: [[UInt8]], timeoutSeconds: Double,
                    outputLimit: Int) -> Output? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The child starts with default signal handling and nothing blocked,
        // whatever this process has set up for itself.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM] { sigaddset(&defaults, signal) }
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([Array(executable.utf8)] + arguments).map { bytes -> UnsafeMutablePointer<CChar>? in
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (index, byte) in bytes.enumerated() { copy[index] = CChar(bitPattern: byte) }
            copy[bytes.count] = 0
            return copy
        } + [nil]
        defer { for pointer in argv { pointer?.deallocate() } }

        // Pipes are made close-on-exec and the child spawned under one lock, so
        // a child spawned by another thread never inherits this one's pipe
        // ends (which would hold its output open).
        var output = [Int32](repeating: -1, count: 2), errors = [Int32](repeating: -1, count: 2)
        var pid = pid_t()
        let spawned = spawnLock.withLock { _ -> Bool in
            guard pipe(&output) == 0 else { return false }
            guard pipe(&errors) == 0 else {
                close(output[0]); close(output[1])
                output = [-1, -1]
                return false
            }
            for fd in output + errors { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_adddup2(&actions, output[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
            let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
            close(output[1])
            close(errors[1])
            return status == 0
        }
        defer { for fd in [output[0], errors[0]] where fd >= 0 { close(fd) } }
        guard spawned else { return nil }

        var result = Output(stdout: [])
        var stderrBytes: [UInt8] = []
        let deadline = monotonicSeconds() + timeoutSeconds
        var open: [Int32] = [output[0], errors[0]]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 {
                result.timedOut = true
                break
            }
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polled, nfds_t(polled.count), Int32(min(remaining * 1000 + 1, 60_000)))
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in polled where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                if count <= 0 {
                    open.removeAll { $0 == entry.fd }
                    continue
                }
                if entry.fd == output[0] {
                    let room = outputLimit - result.stdout.count
                    result.stdout.append(contentsOf: buffer[0..<min(count, room)])
                    if count > room {
                        result.truncated = true
                        open.removeAll()
                    }
                } else if stderrBytes.count < stderrLimit {
                    stderrBytes.append(contentsOf: buffer[0..<min(count, stderrLimit - stderrBytes.count)])
                }
            }
        }
        if result.timedOut || result.truncated { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        result.exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
        let line = stderrBytes.split(separator: UInt8(ascii: "\n")).first.map { Array($0) } ?? []
        result.firstErrorLine = String(decoding: line, as: UTF8.self)
        return result
    }

    private static let spawnLock = Mutex(())

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
