import PassimIndex
/// `--vimgrep`: one line per hit, `path:line:column:snippet`, the form of
/// `rg --vimgrep` and `grep -n --column` that editors read as a list of
/// places (Vim's quickfix list, Emacs' grep mode).
package struct VimgrepPrinter {
    package init() {}

    /// The hit's line, `position` being where its first match is.
    package func render(_ hit: SearchHit, at position: SourcePosition) -> String {
        // The snippet's white space is already collapsed; a control byte left would break the line.
        let text = String(decoding: hit.snippet.text.utf8.map { $0 < 0x20 || $0 == 0x7F ? 0x20 : $0 }, as: UTF8.self)
        return "\(hit.path):\(position.line):\(position.column):\(text)\n"
    }
}
