/// A Markdown article: the text as written, without its YAML front matter.
package enum MarkdownExtractor {
    package struct Article {
        package var extracted: ExtractedText
        /// The front matter's `date:` value, as written.
        package var frontMatterDate: String?
    }

    package static func extract(_ decoded: DecodedText) -> Article {
        let text = decoded.text
        var body = 0..<text.count
        var title: String?
        var date: String?
        var sourceMap = decoded.sourceMap
        if let frontMatter = FrontMatter(text) {
            body = frontMatter.end..<text.count
            title = frontMatter.title
            date = frontMatter.date
            sourceMap = sourceMap.droppingFirst(frontMatter.end, line: frontMatter.lines + 1)
        }
        let bodyText = body.lowerBound == 0 ? text : Array(text[body])
        let extracted = ExtractedText(text: bodyText, sourceMap: sourceMap,
                                      declaredTitle: title ?? MarkdownHeadings.title(of: bodyText), declaredDate: date)
        return Article(extracted: extracted, frontMatterDate: date)
    }
}

/// A leading block of YAML between `---` lines; only `title:` and `date:` are read.
package struct FrontMatter {
    /// The offset just past the closing `---` line.
    package var end: Int
    /// How many lines the block spans, delimiters included.
    package var lines: Int
    package var title: String?
    package var date: String?

    package init?(_ text: [UInt8]) {
        var cursor = TextLines(text)
        guard let opening = cursor.next(), Self.isDelimiter(text, opening, closing: false) else { return nil }
        var count = 1
        while let line = cursor.next() {
            count += 1
            if Self.isDelimiter(text, line, closing: true) {
                end = cursor.offset
                lines = count
                return
            }
            guard Self.looksLikeYAML(text, line) else { return nil }
            if let value = Self.value(of: "title", in: text, line) { title = value }
            if let value = Self.value(of: "date", in: text, line) { date = value }
        }
        return nil
    }

    /// Blank, indented, a comment, a list item or a `key:` line; anything else
    /// means the `---` was a rule above ordinary text.
    private static func looksLikeYAML(_ text: [UInt8], _ line: Range<Int>) -> Bool {
        guard let first = line.first.map({ text[$0] }) else { return true }
        return TextBytes.isWhitespace(first) || first == UInt8(ascii: "#") || first == UInt8(ascii: "-")
            || text[line].contains(UInt8(ascii: ":"))
    }

    /// `---` opens and closes; `...` may also close.
    private static func isDelimiter(_ text: [UInt8], _ line: Range<Int>, closing: Bool) -> Bool {
        let trimmed = line.lowerBound..<TextBytes.trimmed(text, line).upperBound
        return TextBytes.equalsIgnoringCase(text, trimmed, "---")
            || (closing && TextBytes.equalsIgnoringCase(text, trimmed, "..."))
    }

    /// The value of a top-level `key: value` line, unquoted; nil when the line
    /// has another key or the value is empty or a block (`|`, `>`).
    private static func value(of key: String, in text: [UInt8], _ line: Range<Int>) -> String? {
        let keyEnd = line.lowerBound + key.utf8.count
        guard keyEnd < line.upperBound, text[keyEnd] == UInt8(ascii: ":"),
              TextBytes.equalsIgnoringCase(text, line.lowerBound..<keyEnd, key) else { return nil }
        var value = TextBytes.trimmed(text, (keyEnd + 1)..<line.upperBound)
        guard let first = value.first.map({ text[$0] }), first != UInt8(ascii: "|"), first != UInt8(ascii: ">") else {
            return nil
        }
        if value.count >= 2, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"), text[value.upperBound - 1] == first {
            value = (value.lowerBound + 1)..<(value.upperBound - 1)
        }
        let words = TextBytes.collapsingWhitespace(text, value)
        return words.isEmpty ? nil : String(decoding: words, as: UTF8.self)
    }
}
