import Testing
@testable import PassimText

@Suite("Ingest: reading an article file")
struct IngestReaderTests {
    @Test("a text article: text as in the file, first line as title, date from the top")
    func textArticle() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("news/storm.txt", "Loading\nStorm hits coast\n23 October 2024\n\nWinds reached 120 km/h.\n")
        let article = try ArticleReader.read(folder.sourceFile("news/storm.txt", .text))
        #expect(article.title == "Storm hits coast")
        #expect(article.date == "2024-10-23")
        #expect(article.encoding == .utf8)
        #expect(!article.truncated)
        #expect(article.extracted.text == Array("Loading\nStorm hits coast\n23 October 2024\n\nWinds reached 120 km/h.\n".utf8))
    }

    @Test("an HTML article: visible text, <title> as title, Windows-1252 when not UTF-8")
    func htmlArticle() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("page.html", bytes: Array("<title>Caf".utf8) + [0xE9] + Array(" news</title><p>Oct. 23, 2024</p><p>Text</p>".utf8))
        let article = try ArticleReader.read(folder.sourceFile("page.html", .html))
        #expect(article.title == "Café news")
        #expect(article.date == "2024-10-23")
        #expect(article.encoding == .windows1252)
    }

    @Test("empty, blank, binary and text-less files are refused with one-line errors")
    func refusals() {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("empty.txt", "")
        folder.write("blank.md", " \n\t\n")
        folder.write("scan.txt", bytes: [0x25, 0x50, 0x44, 0x46, 0x00, 0x01])
        folder.write("script.html", "<script>alert(1)</script>")
        folder.write("front.md", "---\ntitle: Only front matter\n---\n")
        #expect(throws: IngestError.empty(path: "empty.txt")) { try ArticleReader.read(folder.sourceFile("empty.txt", .text)) }
        #expect(throws: IngestError.empty(path: "blank.md")) { try ArticleReader.read(folder.sourceFile("blank.md", .markdown)) }
        #expect(throws: IngestError.binary(path: "scan.txt", reason: "NUL bytes")) {
            try ArticleReader.read(folder.sourceFile("scan.txt", .text))
        }
        #expect(throws: IngestError.noText(path: "script.html")) { try ArticleReader.read(folder.sourceFile("script.html", .html)) }
        #expect(throws: IngestError.noText(path: "front.md")) { try ArticleReader.read(folder.sourceFile("front.md", .markdown)) }
        #expect(IngestError.noText(path: "script.html").description == "script.html: no visible text, skipped")
    }

    @Test("a missing file is an unreadable one, named with the system's reason")
    func missing() {
        let folder = IngestFolder()
        defer { folder.remove() }
        #expect(throws: IngestError.unreadable(path: "gone.txt", reason: "No such file or directory")) {
            try ArticleReader.read(folder.sourceFile("gone.txt", .text))
        }
    }

    @Test("a file over the size limit is read up to it and marked truncated")
    func truncation() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("big.txt", String(repeating: "0123456789", count: 10))
        let path = folder.pathBytes(Array("big.txt".utf8))
        let cut = try FileBytes.read(path, shownAs: "big.txt", limit: 25)
        #expect(cut.bytes == Array("0123456789012345678901234".utf8))
        #expect(cut.truncated)
        let whole = try FileBytes.read(path, shownAs: "big.txt", limit: 100)
        #expect(whole.bytes.count == 100)
        #expect(!whole.truncated)
    }

    static let bbc = IngestFixtures.sharedCorpora + "/bbc"

    @Test("every BBC business article reads, titled by its first line", .enabled(if: IngestFixtures.exists(bbc), "../shared is absent"))
    func bbcArticles() throws {
        let report = try FileWalker.walk(root: Self.bbc + "/business")
        #expect(report.files.count > 500)
        #expect(report.skipped.isEmpty)
        for file in report.files {
            let article = try ArticleReader.read(file)
            let firstLine = article.extracted.text.prefix { $0 != TextBytes.newline }
            #expect(article.title == TitleFinder.shortened(TextBytes.collapsingWhitespace(Array(firstLine), firstLine.indices)))
        }
    }
}
