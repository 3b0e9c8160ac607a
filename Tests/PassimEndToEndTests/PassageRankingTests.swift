import Foundation
import Testing

/// The judged queries of eval/ranking/passage-judgments.tsv, run over seeds/ +
/// the BBC corpus as `eval/ranking/passages` runs them, so that ranking never
/// gets worse unnoticed. When a change makes it better, run
/// `eval/ranking/passages` and raise the floors to the new numbers.
@Suite("Passage ranking on seeds + BBC", .enabled(if: sharedCorpus("bbc") != nil, "needs ../shared/corpora/bbc"))
struct PassageRankingTests {
    /// Measured by eval/ranking/passages (see eval/ranking/PASSAGES.md).
    static let measuredP5 = 0.450
    static let measuredMRR = 0.964
    /// Room for a tie broken the other way, not for a real loss.
    static let margin = 0.02

    struct JudgedQuery {
        var id: String
        var text: String
        var relevant: [(path: String, quote: String)]
    }

    static func judgedQueries() throws -> [JudgedQuery] {
        let file = packageRoot.appendingPathComponent("eval/ranking/passage-judgments.tsv")
        var queries: [JudgedQuery] = []
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 4 else { continue }
            let quote = columns[3].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if queries.last?.id != columns[0] {
                queries.append(JudgedQuery(id: columns[0], text: columns[1], relevant: []))
            }
            queries[queries.count - 1].relevant.append((columns[2], quote))
        }
        return queries
    }

    /// seeds/ and bbc/ side by side, as eval/ranking/passages builds them, indexed.
    static func indexedCorpus() throws -> Corpus {
        let corpus = try Corpus(copyingSeeds: false)
        let files = FileManager.default
        try files.copyItem(at: seedFolder, to: corpus.url.appendingPathComponent("seeds"))
        try? files.removeItem(at: corpus.url.appendingPathComponent("seeds/.passim"))
        let bbc = corpus.url.appendingPathComponent("bbc")
        try files.copyItem(at: try #require(sharedCorpus("bbc")), to: bbc)
        // The corpus README would be indexed as an article.
        try files.removeItem(at: bbc.appendingPathComponent("README.md"))
        let run = try passim(["index", ".", "--quiet"], in: corpus.url)
        try #require(run.status == 0, "index failed: \(run.stderr)")
        return corpus
    }

    @Test func judgedQueriesRankAtLeastAsWellAsMeasured() throws {
        let queries = try Self.judgedQueries()
        #expect(queries.count >= 30)
        let corpus = try Self.indexedCorpus()

        var precisions: [Double] = [], reciprocalRanks: [Double] = [], report: [String] = []
        for query in queries {
            let run = try passim(["search", "--json", "--limit", "5", "--", query.text], in: corpus.url)
            #expect(run.status == 0 || run.status == 1, "\(query.id) `\(query.text)`: \(run.stderr)")
            let relevant = try jsonObjects(run).map { hit in
                let path = hit["path"] as? String ?? "", text = hit["text"] as? String ?? ""
                return query.relevant.contains { $0.path == path && text.contains($0.quote) }
            }
            precisions.append(Double(relevant.filter { $0 }.count) / 5)
            reciprocalRanks.append(relevant.firstIndex(of: true).map { 1 / Double($0 + 1) } ?? 0)
            report.append("\(query.id) \(relevant.map { $0 ? "+" : "." }.joined()) `\(query.text)`")
        }
        let p5 = precisions.reduce(0, +) / Double(queries.count)
        let mrr = reciprocalRanks.reduce(0, +) / Double(queries.count)
        let detail = report.joined(separator: "\n")
        #expect(p5 >= Self.measuredP5 - Self.margin, "P@5 fell to \(p5) from \(Self.measuredP5)\n\(detail)")
        #expect(mrr >= Self.measuredMRR - Self.margin, "MRR fell to \(mrr) from \(Self.measuredMRR)\n\(detail)")
    }
}
