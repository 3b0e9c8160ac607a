import Testing
@testable import PassimText

@Suite("Ingest: lone carriage returns end lines")
struct LineEndTests {
    /// Three paragraphs long enough to stay passages of their own.
    func paragraphs(joinedBy end: String) -> String {
        let body = String(repeating: "Filler words follow here to make the paragraph long. ", count: 10)
        return ["Title line", "First about tanks. " + body, "Second about drones. " + body].joined(separator: end + end) + end
    }

    @Test("CR-only text has the lines and passages of the same text with LF")
    func crOnlyMatchesNewlines() throws {
        let read = { (text: String) throws -> [Passage] in
            let article = try ArticleReader.extract(Array(text.utf8), format: .text, path: "a", baseName: "a")
            return PassageBuilder.passages(of: article.extracted)
        }
        let mac = try read(paragraphs(joinedBy: "\r"))
        let unix = try read(paragraphs(joinedBy: "\n"))
        #expect(mac.map(\.line) == unix.map(\.line))
        #expect(mac.map(\.line).last == 5)
        #expect(mac.map(\.text) == unix.map(\.text))
    }

    @Test("CRLF stays as it is; a lone CR becomes LF with every offset kept")
    func onlyLoneCarriageReturnsChange() {
        let crlf = Array("a\r\nb\r\n".utf8)
        #expect(LineEnds.loneCarriageReturnsAsNewlines(crlf) == crlf)
        #expect(LineEnds.loneCarriageReturnsAsNewlines(Array("a\rb\r\nc\r".utf8)) == Array("a\nb\r\nc\n".utf8))
        #expect(LineEnds.loneCarriageReturnsAsNewlines([]) == [])
    }
}
