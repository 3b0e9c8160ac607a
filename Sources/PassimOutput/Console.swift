#if canImport(Glibc)
import Glibc
#endif
import PassimSupport
import Synchronization

/// Every diagnostic of the binary goes through here, to stderr: errors,
/// warnings and notes behind the one "passim: " prefix, plain report lines,
/// and the progress line that updates in place. Control characters in a
/// message (a hostile file name, a suggestion) are shown escaped, so no
/// message can drive the terminal. On a colour terminal the prefix of an
/// error is red and that of a warning yellow; NO_COLOR and TERM=dumb turn
/// that off, as `--color` does for stdout.
package final class Console: Sendable {
    package static let standard = Console(fd: 2)

    package enum Severity: Sendable { case error, warning, note }

    private let fd: Int32
    private let colour: Mutex<Bool>
    /// Whether a progress line is on the screen, to be erased before a message.
    private let progressShown = Mutex(false)

    package init(fd: Int32) {
        self.fd = fd
        colour = Mutex(Terminal.useColor(.auto, fd: fd))
    }

    /// `--color never` (or `always`) for stdout applies here too.
    package func useColor(_ choice: Terminal.ColorChoice) {
        colour.withLock { $0 = Terminal.useColor(choice, fd: fd) }
    }

    package func error(_ message: String) { emit(Self.line(.error, message, colour: colour.withLock { $0 })) }
    package func warning(_ message: String) { emit(Self.line(.warning, message, colour: colour.withLock { $0 })) }
    package func note(_ message: String) { emit(Self.line(.note, message, colour: colour.withLock { $0 })) }

    /// A line without the prefix: a summary, a count, "no passages found".
    package func report(_ line: String) { emit(TerminalText.escaped(line, keepingTabs: true) + "\n") }

    /// The line of a diagnostic as written, newline included.
    package static func line(_ severity: Severity, _ message: String, colour: Bool) -> String {
        let text = TerminalText.escaped(message, keepingTabs: true)
        let prefix: String
        switch severity {
        case .error: prefix = colour ? "\u{1B}[1;31mpassim:\u{1B}[0m " : "passim: "
        case .warning: prefix = colour ? "\u{1B}[1;33mpassim: warning:\u{1B}[0m " : "passim: warning: "
        case .note: prefix = "passim: "
        }
        return prefix + text + "\n"
    }

    /// Replaces the progress line (only on a terminal: the caller checks `isTerminal`).
    package func progress(_ line: String) {
        progressShown.withLock { $0 = true }
        write("\r" + line + "\u{1B}[K")
    }

    /// Erases the progress line, if one is shown.
    package func clearProgress() {
        guard progressShown.withLock({ shown in defer { shown = false }; return shown }) else { return }
        write("\r\u{1B}[K")
    }

    package var isTerminal: Bool { Terminal.isTerminal(fd) }

    private func emit(_ text: String) {
        clearProgress()
        write(text)
    }

    private func write(_ text: String) {
        Array(text.utf8).withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}
