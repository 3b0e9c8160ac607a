import Foundation
import Testing

@Suite(.serialized) struct RankingTests {
    let corpus: Corpus
    init() throws { corpus = try Corpus.indexedSeeds() }

    @Test func explainGivesPartsThatAddUpToTheScore() throws {
        let run = try passim(["search", "Budanov shells", "--explain", "--json", "--limit", "3"], in: corpus.url)
        #expect(run.status == 0)
        let hits = try jsonObjects(run)
        for hit in hits {
            let score = try #require(hit["score"] as? Double)
            let parts = try #require(hit["explain"] as? [[String: Any]])
            let sum = parts.compactMap { $0["weight"] as? Double }.reduce(0, +)
            #expect(abs(sum - score) < 0.01, "parts \(parts) do not add up to \(score)")
            // "Budanov" is also a name, weighed with its synonyms: no part may go below zero.
            #expect(parts.allSatisfy { ($0["weight"] as? Double ?? -1) >= 0 }, "\(parts)")
        }
        let first = try #require(hits.first?["explain"] as? [[String: Any]])
        #expect(first.contains { ($0["part"] as? String) == "word “shell”" })
        #expect(first.contains { ($0["part"] as? String) == "word “budanov”" })
        let human = try passim(["search", "Budanov shells", "--explain", "--limit", "1", "--color=never"], in: corpus.url)
        #expect(human.stdout.contains("score "))
        #expect(human.stdout.contains("word “shell”"))
    }

    @Test func longQueriesGetFeedbackShortOnesOnlyOnRequest() throws {
        func parts(_ args: [String]) throws -> [String] {
            let run = try passim(["search"] + args + ["--explain", "--json", "--limit", "1"], in: corpus.url)
            let first = try #require(try jsonObjects(run).first)
            return (first["explain"] as? [[String: Any]] ?? []).compactMap { $0["part"] as? String }
        }
        #expect(try !parts(["Kursk"]).contains { $0.hasPrefix("feedback") })
        #expect(try parts(["Kursk", "--feedback"]).contains { $0.hasPrefix("feedback") })
        let long = "how will north korean troops fare against ukrainian drones on the battlefield"
        #expect(try parts([long]).contains { $0.hasPrefix("feedback") })
        #expect(try !parts([long, "--no-feedback"]).contains { $0.hasPrefix("feedback") })
    }

    @Test func commonWordsDoNotRankButPhrasesKeepThem() throws {
        // "the" is ignored in free text: the query ranks as "front".
        let free = try passim(["search", "the front", "--json", "--per-article", "0"], in: corpus.url)
        let plain = try passim(["search", "front", "--json", "--per-article", "0"], in: corpus.url)
        #expect(try jsonObjects(free).map { $0["passage"] as? Int } == jsonObjects(plain).map { $0["passage"] as? Int })
        // Inside quotes it counts: only "the front" passages.
        let phrase = try passim(["search", "\"the front\"", "--json", "--per-article", "0"], in: corpus.url)
        #expect(try jsonObjects(phrase).allSatisfy { ($0["text"] as? String)?.lowercased().contains("the front") == true })
    }
}
