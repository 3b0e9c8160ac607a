import Testing
@testable import PassimText

@Suite("Ingest: reStructuredText, Org and PDF text")
struct IngestFormatTests {
    func read(_ text: String, _ format: SourceFormat) throws -> ArticleContent {
        try ArticleReader.extract(Array(text.utf8), format: format, path: "a", baseName: "a")
    }

    @Test("reStructuredText: the first section title, over- and underlined or underlined; adornments leave the text")
    func restructuredText() throws {
        let text = "=========\n Overline\n=========\n\nIntro paragraph.\n\nSecond\n------\n\nMore.\n"
        let article = try read(text, .restructuredText)
        #expect(article.title == "Overline")
        #expect(!String(decoding: article.extracted.text, as: UTF8.self).contains("==="))
        #expect(article.extracted.text.count == text.utf8.count)
        #expect(try read("Plain first line\n\nNo headings here.\n", .restructuredText).title == "Plain first line")
    }

    @Test("Org: #+TITLE, else the first heading; keyword lines leave the text, offsets stay")
    func org() throws {
        let text = "#+TITLE: The title\n#+OPTIONS: toc:nil\n\n* First heading\nBody.\n"
        let article = try read(text, .org)
        #expect(article.title == "The title")
        let kept = String(decoding: article.extracted.text, as: UTF8.self)
        #expect(!kept.contains("#+") && kept.contains("* First heading\nBody."))
        #expect(article.extracted.text.count == text.utf8.count)
        #expect(try read("# a comment\n** Second level\nBody.\n", .org).title == "Second level")
    }

    @Test("PDF text: each form feed ends a page, and passages know their page")
    func pages() throws {
        let words = (1...30).map { "word\($0)" }.joined(separator: " ")
        let output = "Title line\n\n\(words) one.\n\u{0C}Short tail of page two.\n\u{0C}\u{0C}\(words) four.\n\u{0C}"
        let article = try read(output, .pdf)
        #expect(article.extracted.pageStarts.count == 4)
        #expect(!article.extracted.text.contains(0x0C))
        let passages = PassageBuilder.passages(of: article.extracted)
        // The short page stays a passage of its own: a passage cites one page.
        #expect(passages.map(\.page) == [1, 2, 4])
        #expect(passages[1].text == "Short tail of page two.")
        #expect(PassageBuilder.passages(of: ExtractedText(text: Array("no pages".utf8))).map(\.page) == [nil])
    }
}
