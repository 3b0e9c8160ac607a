/// An Org-mode article: `#+TITLE:` (else the first `*` heading) as its title,
/// `#+DATE:` as its date; keyword lines and comments are blanked out of the
/// text, keeping every offset in place.
package enum OrgExtractor {
    package static func extract(_ decoded: DecodedText) -> ExtractedText {
        var text = decoded.text
        var title: String?, date: String?, heading: String?
        var lines = TextLines(decoded.text)
        while let line = lines.next() {
            let content = TextBytes.trimmed(text, line)
            guard let first = content.first.map({ text[$0] }) else { continue }
            if first == UInt8(ascii: "#"), content.count == 1 || [UInt8(ascii: "+"), TextBytes.space].contains(text[content.lowerBound + 1]) {
                if let value = keyword("#+title:", text, content) { title = title ?? value }
                if let value = keyword("#+date:", text, content) { date = date ?? value }
                for index in content { text[index] = TextBytes.space }
            } else if heading == nil, line.first.map({ text[$0] }) == UInt8(ascii: "*") {
                var index = line.lowerBound
                while index < line.upperBound, text[index] == UInt8(ascii: "*") { index += 1 }
                if index < line.upperBound, text[index] == TextBytes.space {
                    let words = TextBytes.collapsingWhitespace(text, index..<line.upperBound)
                    if !words.isEmpty { heading = String(decoding: words, as: UTF8.self) }
                }
            }
        }
        return ExtractedText(text: text, sourceMap: decoded.sourceMap, declaredTitle: title ?? heading, declaredDate: date)
    }

    /// The value after `name` (lower case, with its colon) at the start of the line, any case.
    private static func keyword(_ name: String, _ text: [UInt8], _ content: Range<Int>) -> String? {
        let end = content.lowerBound + name.utf8.count
        guard end <= content.upperBound, TextBytes.equalsIgnoringCase(text, content.lowerBound..<end, name) else { return nil }
        let words = TextBytes.collapsingWhitespace(text, end..<content.upperBound)
        return words.isEmpty ? nil : String(decoding: words, as: UTF8.self)
    }
}
