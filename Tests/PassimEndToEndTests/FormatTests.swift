import Foundation
import Testing

/// The path of `name` on $PATH, or nil.
func installed(_ name: String) -> String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs `tool` with `arguments` in `directory`, `input` on its standard
/// input; its standard output.
@discardableResult
func runTool(_ tool: String, _ arguments: [String], in directory: URL, input: String = "") throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(installed(tool)))
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let stdin = Pipe(), stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(tool) failed")
    return data
}

/// PDFs through pdftotext, with pages; reStructuredText, Org and EPUB.
@Suite struct FormatTests {
    /// groff (Debian's groff, without its recommends) writes PDFs; `.bp` starts a page.
    static let canMakePDFs = installed("groff") != nil && installed("pdftotext") != nil

    static func words(_ topic: String) -> String {
        "This page is about \(topic). " + (1...30).map { "filler\($0)" }.joined(separator: " ") + ".\n"
    }

    @Test(.enabled(if: canMakePDFs, "needs groff and pdftotext (scripts/deps installs them)"))
    func aPDFPassageCitesItsPage() throws {
        let corpus = try Corpus(copyingSeeds: false)
        let source = ".pl 11i\n" + Self.words("oranges and lemons") + ".bp\n" + Self.words("zeppelins over the harbour")
            + ".bp\n" + Self.words("the grain trade")
        let pdf = try runTool("groff", ["-Tpdf"], in: corpus.url, input: source)
        try pdf.write(to: corpus.url.appendingPathComponent("report.pdf"))
        let index = try passim(["index", "."], in: corpus.url)
        #expect(index.status == 0 && index.stderr.contains("1 added"), "\(index.stderr)")

        let human = try passim(["search", "zeppelins"], in: corpus.url)
        #expect(human.status == 0)
        #expect(human.lines.first?.hasPrefix("report.pdf:p2  ") == true, "\(human.stdout)")
        let json = try jsonObjects(try passim(["search", "grain", "--json"], in: corpus.url))
        #expect(json.first?["page"] as? Int == 3)
        #expect(json.first?["path"] as? String == "report.pdf")
        // groff stamps the PDF with its CreationDate, the time it was made.
        #expect(json.first?["date_source"] as? String == "metadata")
        let text = try jsonObjects(try passim(["search", "wire", "--json"], in: corpus.url))
        #expect(text.isEmpty)
    }

    @Test func withoutPdftotextPDFsGetOneNoticeAndKeepWhatWasIndexed() throws {
        let corpus = try Corpus(copyingSeeds: false)
        for name in ["a.pdf", "b.pdf", "sub/c.PDF"] { try corpus.write(name, "%PDF-1.4\nnot really a PDF\n") }
        try corpus.write("note.txt", "Harbour notes\n\nThe harbour is quiet tonight, the keeper said.\n")
        let run = try passim(["index", "."], in: corpus.url, environment: ["PATH": "/nonexistent"])
        #expect(run.status == 0)
        let notices = run.stderr.split(separator: "\n").filter { $0.contains("PDF") }
        #expect(notices == ["passim: 3 PDF files: left out, pdftotext is not installed (Debian: apt install poppler-utils); install it and run `passim index` again"])
        #expect(!run.stderr.contains("a.pdf"))
        #expect(run.stderr.contains("1 added"))
    }

    @Test(.enabled(if: canMakePDFs, "needs groff and pdftotext (scripts/deps installs them)"))
    func aPDFIndexedStaysWhenPdftotextGoesMissing() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try runTool("groff", ["-Tpdf"], in: corpus.url, input: Self.words("zeppelins"))
            .write(to: corpus.url.appendingPathComponent("z.pdf"))
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: corpus.url.appendingPathComponent("z.pdf").path)
        let again = try passim(["index", "."], in: corpus.url, environment: ["PATH": "/nonexistent"])
        #expect(again.stderr.contains("1 PDF file: left out"))
        #expect(again.stderr.contains("0 removed"))
        #expect(try passim(["search", "zeppelins", "--files"], in: corpus.url).lines == ["z.pdf"])
    }

    @Test func restructuredTextAndOrgHaveTheirTitlesAndDates() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("notes.rst", "Harbour report\n==============\n\n:Date: 2024-10-23\n\nThe harbour cranes lift grain from the barges onto the waiting trains.\n")
        try corpus.write("diary.org", "#+TITLE: Harbour diary\n#+DATE: <2021-06-07 Mon>\n\n* Morning\nThe grain barges wait in the harbour for the tide to turn.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        var titles: [String: String] = [:]
        for hit in try jsonObjects(try passim(["search", "grain", "--json"], in: corpus.url)) {
            titles[hit["path"] as? String ?? ""] = "\(hit["title"] ?? "") \(hit["date"] ?? "")"
            #expect(!(hit["text"] as? String ?? "").contains("#+"))
            #expect(!(hit["text"] as? String ?? "").contains("==="))
        }
        #expect(titles == ["notes.rst": "Harbour report 2024-10-23", "diary.org": "Harbour diary 2021-06-07"])
    }

    @Test(.enabled(if: installed("zip") != nil && installed("unzip") != nil, "needs zip and unzip"))
    func anEPUBIsReadChapterByChapterInSpineOrder() throws {
        let corpus = try Corpus(copyingSeeds: false)
        let book = try Corpus(copyingSeeds: false)
        try book.write("mimetype", "application/epub+zip")
        try book.write("META-INF/container.xml", """
            <?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
            """)
        try book.write("OEBPS/content.opf", """
            <?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The Harbour Book</dc:title>
            <dc:date>2019-04-01</dc:date></metadata>
            <manifest><item id="one" href="text/one.xhtml" media-type="application/xhtml+xml"/>
            <item id="two" href="text/chapter%20two.xhtml" media-type="application/xhtml+xml"/>
            <item id="css" href="style.css" media-type="text/css"/></manifest>
            <spine><itemref idref="one"/><itemref idref="two"/></spine></package>
            """)
        func chapter(_ text: String) -> String {
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>c</title></head><body><p>\(text)</p></body></html>"
        }
        try book.write("OEBPS/text/one.xhtml", chapter("Chapter one: the zeppelin arrives over the harbour at dawn, and the town turns out to watch it moor."))
        try book.write("OEBPS/text/chapter two.xhtml", chapter("Chapter two: the grain barges leave the harbour as the zeppelin rises into the clouds again."))
        try book.write("OEBPS/style.css", "p { margin: 0 }")
        let epub = corpus.url.appendingPathComponent("harbour.epub").path
        // The second chapter first in the zip: reading order is the spine's.
        try runTool("zip", ["-X0q", epub, "mimetype"], in: book.url)
        try runTool("zip", ["-Xrq", epub, "OEBPS/text/chapter two.xhtml", "META-INF", "OEBPS"], in: book.url)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let hits = try jsonObjects(try passim(["search", "zeppelin", "--json", "--per-article", "0"], in: corpus.url))
        #expect(hits.count >= 1)
        #expect(hits.first?["title"] as? String == "The Harbour Book")
        #expect(hits.first?["date"] as? String == "2019-04-01")
        let text = hits.map { $0["text"] as? String ?? "" }.joined(separator: " ")
        let one = try #require(text.range(of: "Chapter one")), two = try #require(text.range(of: "Chapter two"))
        #expect(one.lowerBound < two.lowerBound)
        #expect(!text.contains("margin"))
    }
}
