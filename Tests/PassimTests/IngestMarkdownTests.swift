import Testing
@testable import PassimText

@Suite("Ingest: Markdown articles")
struct IngestMarkdownTests {
    func extract(_ markdown: String) throws -> MarkdownExtractor.Article {
        MarkdownExtractor.extract(try TextDecoder.decode(Array(markdown.utf8), path: "a.md"))
    }

    @Test("front matter is left out of the text; its title and date are kept; offsets and lines shift past it")
    func frontMatter() throws {
        let markdown = "---\ntitle: \"Storm  hits coast\"\ndate: 2024-10-23T08:00:00Z\ntags: [weather]\n---\n# Heading\n\nBody text.\n"
        let article = try extract(markdown)
        let text = article.extracted.text
        #expect(String(decoding: text, as: UTF8.self) == "# Heading\n\nBody text.\n")
        #expect(article.extracted.declaredTitle == "Storm hits coast")
        #expect(article.frontMatterDate == "2024-10-23T08:00:00Z")
        let body = try #require(IngestFixtures.firstOffset(of: "Body", in: text))
        #expect(article.extracted.sourceMap.fileOffset(at: body) == IngestFixtures.firstOffset(of: "Body", in: Array(markdown.utf8)))
        #expect(article.extracted.sourceMap.line(at: 0, in: text) == 6)
        #expect(article.extracted.sourceMap.line(at: body, in: text) == 8)
    }

    @Test("without front matter the first level-1 heading is the title")
    func headingTitle() throws {
        #expect(try extract("Intro line\n\n## Section\n\n# The  Title #\n").extracted.declaredTitle == "The Title")
        #expect(try extract("The Title\n=========\n\nText").extracted.declaredTitle == "The Title")
        #expect(try extract("```\n# not a heading\n```\nSub\n---\n").extracted.declaredTitle == "Sub")
        #expect(try extract("#hashtag is not a heading\n").extracted.declaredTitle == nil)
    }

    @Test("a rule above ordinary text is not front matter")
    func ruleIsNotFrontMatter() throws {
        let markdown = "---\nJust a paragraph here\n---\nBody"
        let article = try extract(markdown)
        #expect(article.extracted.text == Array(markdown.utf8))
        #expect(article.frontMatterDate == nil)
    }

    @Test("the front matter's date wins over a date in the text")
    func frontMatterDateFirst() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("post.md", "---\ndate: '2020-01-02'\n---\nWritten on October 23, 2024 about the past.\n")
        folder.write("plain.md", "# Election night\n\nOctober 23, 2024\n\nCounting goes on.\n")
        let post = try ArticleReader.read(folder.sourceFile("post.md", .markdown))
        #expect(post.date == "2020-01-02")
        #expect(post.title == "Written on October 23, 2024 about the past.")
        let plain = try ArticleReader.read(folder.sourceFile("plain.md", .markdown))
        #expect(plain.date == "2024-10-23")
        #expect(plain.title == "Election night")
    }
}
