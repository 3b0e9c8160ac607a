/// Paths and commands shown to the user in the form they can paste into a shell.
package enum ShellWord {
    /// `text` as one shell word: unchanged when it is plain, else in single quotes.
    package static func quoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || "/._-+,:=@%".utf8.contains(b)
        }
        guard !plain else { return text }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
