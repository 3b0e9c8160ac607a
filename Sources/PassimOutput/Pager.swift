#if canImport(Glibc)
import Glibc
#endif
import PassimSupport

/// Long human output on a terminal goes through a pager, as git's does:
/// $PAGER, or `less -FRX` when it is unset (quit if one screen, keep colours,
/// leave the text on the screen after quitting).
package enum Pager {
    package static let defaultCommand = "less -FRX"

    /// The pager for `text` bound for `fd`, or nil to write it as it is: when
    /// `fd` is not a terminal (or a dumb one, as in an editor's shell), the
    /// text fits on the screen, $PAGER is empty or `cat`, or it is unset and
    /// `less` is not installed.
    package static func command(for text: String, fd: Int32) -> String? {
        guard FileSystem.environment("TERM") != "dumb", let screenRows = Terminal.height(fd), let columns = Terminal.width(fd) else { return nil }
        return command(outputRows: rows(of: text, columns: columns), screenRows: screenRows,
                       pager: FileSystem.environment("PAGER"), lessInstalled: isInstalled("less"))
    }

    /// The decision of `command(for:fd:)`, on its facts.
    package static func command(outputRows: Int, screenRows: Int, pager: String?, lessInstalled: Bool) -> String? {
        // Room for the count of passages on stderr and the shell's prompt.
        guard outputRows + 2 > screenRows else { return nil }
        guard let pager else { return lessInstalled ? defaultCommand : nil }
        let trimmed = pager.split(separator: " ").joined(separator: " ")
        return trimmed.isEmpty || trimmed == "cat" ? nil : pager
    }

    /// Rows `text` takes on a screen `columns` wide: long lines wrap, colour
    /// codes take no room, a character is a column (good enough for text).
    package static func rows(of text: String, columns: Int) -> Int {
        var rows = 0, width = 0, inEscape = false
        for byte in text.utf8 {
            if inEscape {
                if byte >= 0x40 && byte <= 0x7E && byte != UInt8(ascii: "[") { inEscape = false }
            } else if byte == 0x1B {
                inEscape = true
            } else if byte == UInt8(ascii: "\n") {
                rows += max(1, (width + columns - 1) / max(1, columns))
                width = 0
            } else if byte & 0xC0 != 0x80 {
                width += 1
            }
        }
        if width > 0 { rows += (width + columns - 1) / max(1, columns) }
        return rows
    }

    /// Runs `command` with the shell, `text` on its standard input, and
    /// waits for it. False when the pager could not be started, so nothing
    /// was shown. Ctrl-C belongs to the pager meanwhile, as in git.
    package static func show(_ text: String, with command: String) -> Bool {
        // less without -R would print colour codes as text; only when the user has not said.
        if FileSystem.environment("LESS") == nil { setenv("LESS", "FRX", 1) }
        if FileSystem.environment("LV") == nil { setenv("LV", "-c", 1) }

        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return false }
        // Neither end may leak into the pager but as its standard input.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGPIPE, SIGTERM] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let arguments = ["sh", "-c", command].map { (argument: String) in strdup(argument) }
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments + [nil], environ)
        close(ends[0])
        guard spawned == 0 else {
            close(ends[1])
            return false
        }
        // The pager may quit before reading everything; that is no error.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        Array(text.utf8).withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(ends[1], raw.baseAddress! + offset, raw.count - offset)
                if n < 0, errno == EINTR { continue }
                if n < 0 { break }
                offset += n
            }
        }
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        signal(SIGINT, SIG_DFL)
        // The shell's "not found" and "not executable": nothing was shown.
        let exited = status & 0x7F == 0, code = (status >> 8) & 0xFF
        return !(exited && (code == 127 || code == 126))
    }

    /// Whether `program` is on $PATH.
    package static func isInstalled(_ program: String) -> Bool { ProgramPath.find(program) != nil }
}
