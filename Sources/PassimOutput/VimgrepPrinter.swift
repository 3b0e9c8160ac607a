import PassimSupport
import PassimIndex
/// `--vimgrep`: one line per hit, `path:line:column:snippet`, the form of
/// `rg --vimgrep` and `grep -n --column` that editors read as a list of
/// places (Vim's quickfix list, Emacs' grep mode).
package struct VimgrepPrinter {
    /// The corpus folder the hits' paths are under, to read each file for its position.
    package let corpusRoot: String

    package init(corpusRoot: String = "") { self.corpusRoot = corpusRoot }

    /// The hit's line, `position` being where its first match is.
    /// The path is the file's exact bytes, for the editor to open.
    package func render(_ hit: SearchHit, at position: SourcePosition) -> [UInt8] {
        // The snippet's white space is already collapsed; a control byte left would break the line.
        let text = String(decoding: hit.snippet.text.utf8.map { $0 < 0x20 || $0 == 0x7F ? 0x20 : $0 }, as: UTF8.self)
        return PathText.bytes(hit.path) + Array(":\(position.line):\(position.column):\(text)\n".utf8)
    }
}
