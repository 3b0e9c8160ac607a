import Foundation
import Testing

/// Every match of a query over thousands of one-line articles, listed by the
/// streaming printers (several pages of hits each).
@Suite struct LargeResultCommandTests {
    @Test func filesAndJSONListEveryMatchOnce() throws {
        let corpus = try Corpus(copyingSeeds: false)
        let articles = 2_000
        for i in 0..<articles { try corpus.write("n\(i / 500)/a\(i).txt", "tiny note number \(i)\n") }
        #expect(try passim(["index", ".", "-q"], in: corpus.url).status == 0)

        let files = try passim(["search", "tiny", "--files"], in: corpus.url)
        #expect(files.status == 0)
        let paths = files.stdout.split(separator: "\n")
        #expect(paths.count == articles)
        #expect(Set(paths).count == articles)

        let json = try passim(["search", "tiny", "--json", "--limit", "100000000"], in: corpus.url)
        #expect(json.status == 0)
        let hits = try jsonObjects(json)
        #expect(hits.count == articles)
        #expect(hits.map { $0["rank"] as? Int } == (1...articles).map { $0 })

        let count = try passim(["search", "tiny", "--count"], in: corpus.url)
        #expect(count.stdout == "\(articles)\n")
    }
}
