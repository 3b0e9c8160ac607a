/// Headings of a Markdown text: ATX (`# Title`) and setext (a line underlined
/// with `===` or `---`), outside fenced code blocks.
package enum MarkdownHeadings {
    /// The first level-1 heading, else the first heading of any level.
    package static func title(of text: [UInt8]) -> String? {
        var firstAny: String?
        var lines = TextLines(text)
        var previous: Range<Int>?   // a paragraph line a setext underline may follow
        var fence: UInt8?
        while let line = lines.next() {
            let content = TextBytes.trimmed(text, line)
            let indent = content.lowerBound - line.lowerBound
            if let marker = fenceMarker(text, content), indent < 4 {
                fence = fence == nil ? marker : (fence == marker ? nil : fence)
                previous = nil
                continue
            }
            guard fence == nil else { continue }
            var heading: (level: Int, range: Range<Int>)?
            if indent < 4 {
                heading = atx(text, content)
                if heading == nil, let paragraph = previous, let level = setextLevel(text, content) {
                    heading = (level, paragraph)
                }
            }
            if let (level, range) = heading {
                let words = TextBytes.collapsingWhitespace(text, range)
                if !words.isEmpty {
                    let title = String(decoding: words, as: UTF8.self)
                    if level == 1 { return title }
                    if firstAny == nil { firstAny = title }
                }
                previous = nil
            } else {
                previous = content.isEmpty ? nil : content
            }
        }
        return firstAny
    }

    /// "```" or "~~~" opening or closing a code block.
    private static func fenceMarker(_ text: [UInt8], _ content: Range<Int>) -> UInt8? {
        guard content.count >= 3, let marker = [UInt8(ascii: "`"), UInt8(ascii: "~")].first(where: { $0 == text[content.lowerBound] }),
              text[content.lowerBound + 1] == marker, text[content.lowerBound + 2] == marker else { return nil }
        return marker
    }

    /// `# Title #` → (1, "Title").
    private static func atx(_ text: [UInt8], _ content: Range<Int>) -> (Int, Range<Int>)? {
        var index = content.lowerBound
        while index < content.upperBound, text[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - content.lowerBound
        guard (1...6).contains(level), index == content.upperBound || text[index] == TextBytes.space || text[index] == TextBytes.tab
        else { return nil }
        var end = content.upperBound
        var hashes = end
        while hashes > index, text[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        // A closing run of #s counts only after a space.
        if hashes < end, hashes == index || TextBytes.isWhitespace(text[hashes - 1]) { end = hashes }
        return (level, TextBytes.trimmed(text, index..<end))
    }

    /// 1 for a line of `=`, 2 for a line of `-`.
    private static func setextLevel(_ text: [UInt8], _ content: Range<Int>) -> Int? {
        guard let first = content.first.map({ text[$0] }), first == UInt8(ascii: "=") || first == UInt8(ascii: "-"),
              text[content].allSatisfy({ $0 == first }) else { return nil }
        return first == UInt8(ascii: "=") ? 1 : 2
    }
}
