import Glibc
import Testing
@testable import PassimEntities
@testable import PassimIndex
import PassimSupport
@testable import PassimOutput

/// Every form of search output goes through `SearchPrinter`'s begin / write /
/// finish: these drive each printer the way the command does and read back
/// the bytes it wrote.
@Suite struct SearchPrinterTests {
    private func hit(_ rank: Int, path: String, text: String) -> SearchHit {
        SearchHit(rank: rank, score: 10 - Double(rank),
                  record: PassageRecord(article: ArticleID(value: UInt64(rank)), ordinal: 1, relativePath: path,
                                        title: "T\(rank)", date: "", line: rank, start: 0, end: text.utf8.count,
                                        text: text),
                  path: path, snippet: Snippet(text: text, highlights: []), moreInArticle: 0)
    }

    private var hits: [SearchHit] {
        [hit(1, path: "a.txt", text: "one"), hit(2, path: "b.txt", text: "two"), hit(3, path: "a.txt", text: "three")]
    }

    private var result: SearchResult {
        SearchResult(hits: hits, matchingPassages: 3, exact: true, suggestion: nil,
                     facets: [EntityFacet(kind: .place, id: "kyiv", name: "Kyiv", count: 2)])
    }

    /// What `printer` writes for the three hits, captured through a pipe:
    /// `written` gets what was out before `finish`, the result what came after.
    private func output(of printer: some SearchPrinter, written: (String) -> Void = { _ in }) throws -> [UInt8] {
        var fds: [Int32] = [0, 0]
        #expect(Glibc.pipe(&fds) == 0)
        defer { close(fds[0]) }
        var printer = printer
        do {
            let out = OutputStream(fd: fds[1])
            printer.begin(to: out)
            for hit in hits { printer.write(hit, to: out) }
            out.flush()
            written(String(decoding: try readAvailable(fds[0]), as: UTF8.self))
            printer.finish(result, to: out)
            out.flush()
        }
        close(fds[1])
        return try readAvailable(fds[0])
    }

    private func readAvailable(_ fd: Int32) throws -> [UInt8] {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }

    @Test func filesListEachArticleOnceInRankOrderEndedByNulWithDashZero() throws {
        var nul = "", lines = ""
        #expect(try output(of: FilesPrinter(nullTerminated: true)) { nul = $0 }.isEmpty)
        #expect(nul == "a.txt\0b.txt\0")
        _ = try output(of: FilesPrinter(nullTerminated: false)) { lines = $0 }
        #expect(lines == "a.txt\nb.txt\n")
    }

    @Test func jsonStreamsEachHitThenTheFacetsAtTheEnd() throws {
        var streamed = ""
        let text = String(decoding: try output(of: JSONPrinter()) { streamed = $0 }, as: UTF8.self)
        let streamedLines = streamed.split(separator: "\n")
        #expect(streamedLines.count == 3)
        #expect(streamedLines.allSatisfy { $0.contains("\"rank\":") })
        #expect(text.split(separator: "\n").map(String.init)
                == ["{\"schema\":2,\"facet\":\"place\",\"id\":\"kyiv\",\"name\":\"Kyiv\",\"count\":2}"])
    }

    @Test func tablesWriteTheHeaderOnceAndARowPerPassage() throws {
        var streamed = ""
        _ = try output(of: HitTablePrinter(.tsv)) { streamed = $0 }
        let rows = streamed.split(separator: "\n")
        #expect(rows.first.map(String.init) == HitTablePrinter.columns.joined(separator: "\t"))
        #expect(rows.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false)[0] }
                == ["a.txt", "b.txt", "a.txt"])
    }

    @Test func theDefaultViewWritesNothingUntilTheSearchIsDoneThenThePageWithFacets() throws {
        let human = HumanPrinter(style: Style(enabled: false), width: nil)
        var streamed = "unset"
        let page = String(decoding: try output(of: PagedPrinter(human, showsFacets: true, usesPager: false)) {
            streamed = $0
        }, as: UTF8.self)
        #expect(streamed.isEmpty)
        #expect(page.hasPrefix("a.txt:1  9.00  T1\n    one\n"))
        #expect(page.contains("b.txt:2  8.00  T2\n    two\n"))
        #expect(page.contains("Kyiv"))
        let withoutFacets = String(decoding: try output(of: PagedPrinter(human, showsFacets: false, usesPager: false)),
                                   as: UTF8.self)
        #expect(!withoutFacets.contains("Kyiv"))
    }

    @Test func articleListsGiveOneJSONObjectPerHit() throws {
        var streamed = ""
        _ = try output(of: ArticleListJSONPrinter()) { streamed = $0 }
        #expect(streamed.split(separator: "\n").count == 3)
        #expect(streamed.split(separator: "\n").allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
    }

    @Test func machineOutputIsEveryModeButTheDefaultView() {
        let modes: [SearchOutput] = [.json, .files(nullTerminated: true), .vimgrep, .table(.csv), .articles,
                                     .articlesJSON, .count(articles: false)]
        #expect(modes.allSatisfy { $0.isMachineReadable })
        #expect(!SearchOutput.passages.isMachineReadable)
    }
}
