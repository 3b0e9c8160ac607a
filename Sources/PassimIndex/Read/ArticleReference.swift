/// What the user gives `passim show`: a path, with what the other outputs
/// print after it — `path:LINE` (human headings), `path:LINE:COL:text`
/// (`--vimgrep`), `path:pN` (a PDF page), `path#N` (a passage, as `--json`
/// numbers it) — so a line copied from a search can be pasted as it is.
package enum ArticleReference {
    /// The readings of `text` to try, most literal first: the whole text as
    /// a path, then a path cut at each `:` followed by a line or page number,
    /// then at a final `#N`. The first that names an indexed article wins.
    package static func readings(of text: String) -> [(path: String, target: PassageTarget)] {
        var out: [(String, PassageTarget)] = [(text, .whole)]
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: ":") && index > 0 {
            let path = String(decoding: bytes[..<index], as: UTF8.self)
            var rest = bytes[(index + 1)...]
            let isPage = rest.first == UInt8(ascii: "p")
            if isPage { rest = rest.dropFirst() }
            let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            guard !digits.isEmpty, digits.count < 10, let n = Int(String(decoding: digits, as: UTF8.self)) else { continue }
            if isPage { out.append((path, .page(n))); continue }
            // `--vimgrep`: LINE:COLUMN:excerpt — the excerpt tells apart the
            // passages of a long line.
            var after = rest.dropFirst(digits.count)
            var excerpt = ""
            if after.first == UInt8(ascii: ":") {
                after = after.dropFirst()
                let column = after.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                if !column.isEmpty, after.dropFirst(column.count).first == UInt8(ascii: ":") {
                    excerpt = String(decoding: after.dropFirst(column.count + 1), as: UTF8.self)
                }
            }
            out.append((path, .line(n, excerpt: excerpt)))
        }
        if let hash = bytes.lastIndex(of: UInt8(ascii: "#")), hash > 0, hash + 1 < bytes.count,
           bytes[(hash + 1)...].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
           bytes.count - hash < 10, let n = Int(String(decoding: bytes[(hash + 1)...], as: UTF8.self)) {
            out.append((String(decoding: bytes[..<hash], as: UTF8.self), .ordinal(n)))
        }
        return out
    }
}
