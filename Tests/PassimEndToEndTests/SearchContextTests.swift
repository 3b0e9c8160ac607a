import Foundation
import Testing

/// `-B`/`-A`/`-C`: the passages around a hit, as grep shows lines.
@Suite struct SearchContextTests {
    /// Five passages of about thirty words; only the third names Kupiansk.
    static func corpus() throws -> Corpus {
        let corpus = try Corpus.indexedSeeds()
        let paragraphs = (1...5).map { n in
            (n == 3 ? "Drones were shot down near Kupiansk before dawn, officials said. " : "")
                + "Paragraph \(n) of the report tells of repairs to the grid, of sirens over the city, of schools "
                + "moving lessons underground and of crews working through the night in the cold weather."
        }
        try corpus.write("ua/report.txt", "Winter on the grid\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        return corpus
    }

    @Test func jsonCarriesThePassagesBeforeAndAfter() throws {
        let corpus = try Self.corpus()
        let run = try passim(["search", "Kupiansk", "-C", "1", "--json"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.lines.first)
        let hit = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let before = try #require(hit["context_before"] as? [[String: Any]])
        let after = try #require(hit["context_after"] as? [[String: Any]])
        let ordinal = try #require(hit["passage"] as? Int)
        #expect(before.map { $0["passage"] as? Int } == [ordinal - 1])
        #expect(after.map { $0["passage"] as? Int } == [ordinal + 1])
        #expect((before.first?["text"] as? String)?.contains("Paragraph 2") == true)
        #expect((after.first?["text"] as? String)?.contains("Paragraph 4") == true)

        let onlyBefore = try passim(["search", "Kupiansk", "-B", "2", "--json"], in: corpus.url)
        let line2 = try #require(onlyBefore.lines.first)
        let hit2 = try #require(try JSONSerialization.jsonObject(with: Data(line2.utf8)) as? [String: Any])
        #expect((hit2["context_before"] as? [[String: Any]])?.count == 2)
        #expect((hit2["context_after"] as? [[String: Any]])?.isEmpty == true)
        // Without context options the fields are left out.
        let plain = try passim(["search", "Kupiansk", "--json"], in: corpus.url)
        #expect(!plain.stdout.contains("context_before"))
    }

    @Test func humanOutputShowsContextBehindARuleAndGrepHabitsAreAccepted() throws {
        let corpus = try Self.corpus()
        let run = try passim(["search", "Kupiansk", "-C", "1", "-i", "-n", "--color", "never", "--no-pager"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        let rules = run.lines.filter { $0.hasPrefix("  ┊ ") }
        #expect(rules.count >= 2)
        #expect(rules.first?.contains("Paragraph 2") == true)
        #expect(rules.last?.contains("Paragraph 4") == true)
        let tooMuch = try passim(["search", "Kupiansk", "-C", "500"], in: corpus.url)
        #expect(tooMuch.status == 2)
        #expect(tooMuch.stderr.contains("-C takes 0 to 50 passages"))
    }
}
