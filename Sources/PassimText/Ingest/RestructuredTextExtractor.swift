/// A reStructuredText article: its first section title (a line underlined,
/// and maybe overlined, with one punctuation character) as its title, its
/// `:Date:` field as its date. Adornment lines are blanked out of the text,
/// keeping every offset in place.
package enum RestructuredTextExtractor {
    /// Characters reStructuredText allows in a section adornment.
    package static let adornments = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8)
    /// The date field is looked for in the first lines only (the docinfo block).
    package static let fieldLines = 40

    package static func extract(_ decoded: DecodedText) -> ExtractedText {
        var text = decoded.text
        var title: String?, date: String?
        var previous: Range<Int>?
        var lines = TextLines(text)
        var number = 0
        while let line = lines.next() {
            number += 1
            let content = TextBytes.trimmed(text, line)
            if title == nil, let above = previous, isAdornment(text, content), content.count >= above.count,
               !isAdornment(text, above) {
                let words = TextBytes.collapsingWhitespace(text, above)
                if !words.isEmpty { title = String(decoding: words, as: UTF8.self) }
            }
            if date == nil, number <= fieldLines, content.count > 6,
               TextBytes.equalsIgnoringCase(text, content.lowerBound..<(content.lowerBound + 6), ":date:") {
                let words = TextBytes.collapsingWhitespace(text, (content.lowerBound + 6)..<content.upperBound)
                if !words.isEmpty { date = String(decoding: words, as: UTF8.self) }
            }
            if isAdornment(text, content) {
                for index in content { text[index] = TextBytes.space }
            }
            previous = content.isEmpty ? nil : content
        }
        return ExtractedText(text: text, sourceMap: decoded.sourceMap, declaredTitle: title, declaredDate: date)
    }

    /// A line of one adornment character repeated, at least twice.
    private static func isAdornment(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        guard content.count >= 2, let first = content.first.map({ text[$0] }), adornments.contains(first) else { return false }
        return text[content].allSatisfy { $0 == first }
    }
}
