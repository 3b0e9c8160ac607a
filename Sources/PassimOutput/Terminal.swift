#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PassimSupport

/// What the standard streams are connected to, and whether to use colour.
package enum Terminal {
    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns of the terminal on `fd`, or nil when it is not one.
    package static func width(_ fd: Int32) -> Int? {
        var size = winsize()
        guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Rows of the terminal on `fd`, or nil when it is not one.
    package static func height(_ fd: Int32) -> Int? {
        var size = winsize()
        guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    package enum ColorChoice: String, CaseIterable, Sendable { case auto, always, never }

    /// `auto` colours only a terminal, and never when NO_COLOR is set (no-color.org).
    package static func useColor(_ choice: ColorChoice, fd: Int32) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = FileSystem.environment("NO_COLOR"), !noColor.isEmpty { return false }
            if FileSystem.environment("TERM") == "dumb" { return false }
            return isTerminal(fd)
        }
    }
}

/// ANSI styles, applied only when colour is on.
package struct Style: Sendable {
    package let enabled: Bool
    package init(enabled: Bool) { self.enabled = enabled }

    private func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    package func path(_ s: String) -> String { wrap(s, "35") }
    package func line(_ s: String) -> String { wrap(s, "32") }
    package func match(_ s: String) -> String { wrap(s, "1;31") }
    package func title(_ s: String) -> String { wrap(s, "1") }
    package func dim(_ s: String) -> String { wrap(s, "2") }
}

/// Buffered writes to a file descriptor (stdout, stderr), flushed when the
/// buffer fills, on `flush()`, and when the stream goes away.
package final class OutputStream: TextOutputStream {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    package init(fd: Int32, capacity: Int = 64 << 10) {
        self.fd = fd
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    package func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Bytes as they are, such as a file name that is not UTF-8.
    package func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    package func flush() {
        var offset = 0
        buffer.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; break }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
