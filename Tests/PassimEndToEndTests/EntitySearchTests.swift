import Foundation
import Testing

/// Entities in the index and in search, on the seed article.
@Suite(.serialized) struct EntitySearchTests {
    let corpus: Corpus
    init() throws { corpus = try Corpus.indexedSeeds() }

    private func passages(_ query: String) throws -> [[String: Any]] {
        try jsonObjects(try passim(["search", query, "--json", "--per-article", "0", "--limit", "100"], in: corpus.url))
    }

    @Test func filtersFindEntitiesByIdOrAnyNameInAnyCase() throws {
        let byId = try passages("actor:kyrylo-budanov").map { $0["passage"] as? Int }
        #expect(!byId.isEmpty)
        #expect(try passages("actor:budanov").map { $0["passage"] as? Int } == byId)
        #expect(try passages("actor:BUDANOV").map { $0["passage"] as? Int } == byId)
        #expect(try passages("actor:\"Kyrylo Budanov\"").map { $0["passage"] as? Int } == byId)
        for hit in try passages("actor:budanov") {
            let entities = try #require(hit["entities"] as? [[String: Any]])
            #expect(entities.contains { $0["id"] as? String == "kyrylo-budanov" })
        }
    }

    @Test func aClassFilterFindsItsKindsAndAPlaceFilterWhatLiesWithin() throws {
        // The seed names ballistic missiles; weapon:missile must find them.
        let missiles = try passages("weapon:missile")
        #expect(missiles.contains { ($0["text"] as? String)?.contains("ballistic missiles") == true })
        // The Kursk region lies in Russia.
        let russia = try passages("place:russia").map { $0["passage"] as? Int }
        let kurskRegion = try passages("place:\"Kursk region\"").map { $0["passage"] as? Int }
        #expect(!kurskRegion.isEmpty)
        for passage in kurskRegion { #expect(russia.contains(passage)) }
        // A region's short name finds it too: the seed names only "the Kursk region".
        #expect(try passages("place:kursk").map { $0["passage"] as? Int } == kurskRegion)
        #expect(try passages("\"ballistic missiles\" place:kursk").allSatisfy { kurskRegion.contains($0["passage"] as? Int) })
    }

    @Test func filtersCombineWithWordsAndAnUnknownNameSaysSo() throws {
        let both = try passages("actor:budanov shells")
        #expect(!both.isEmpty)
        #expect(both.allSatisfy { ($0["entities"] as? [[String: Any]])?.contains { $0["id"] as? String == "kyrylo-budanov" } == true })
        let unknown = try passim(["search", "actor:nobody-at-all"], in: corpus.url)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no actor `nobody-at-all` is known"))
    }

    @Test func anAliasInFreeTextFindsTheOtherSpellings() throws {
        // The seed writes "Zelensky"; the gazetteer knows "Zelenskyy".
        let hits = try passages("Zelenskyy")
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ($0["text"] as? String)?.contains("Zelensky") == true })
    }

    @Test func jsonListsEachMentionWithItsKindIdAndOffsetsInTheText() throws {
        let hits = try passages("Budanov")
        let hit = try #require(hits.first)
        let text = try #require(hit["text"] as? String)
        let bytes = Array(text.utf8)
        let mentions = try #require(hit["entities"] as? [[String: Any]])
        #expect(!mentions.isEmpty)
        for m in mentions {
            let start = try #require(m["start"] as? Int), end = try #require(m["end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == m["text"] as? String)
            #expect(["actor", "weapon", "place"].contains(m["kind"] as? String ?? ""))
        }
    }

    @Test func facetsCountEveryMatchingPassageExactly() throws {
        let run = try passim(["search", "Russia", "--facets", "--json", "--per-article", "0", "--limit", "1000"], in: corpus.url)
        let objects = try jsonObjects(run)
        let hits = objects.filter { $0["facet"] == nil }
        let facets = objects.filter { $0["facet"] != nil }
        #expect(!facets.isEmpty)
        // Every count equals the number of matching passages naming the entity.
        for facet in facets.prefix(10) {
            let id = try #require(facet["id"] as? String), kind = try #require(facet["facet"] as? String)
            let naming = hits.filter { ($0["entities"] as? [[String: Any]])?.contains {
                $0["id"] as? String == id && $0["kind"] as? String == kind } == true }
            #expect(naming.count == facet["count"] as? Int, "\(kind):\(id)")
        }
        // "arms" is tagged as the bare class `weapon`, which is not counted as an entity.
        #expect(!facets.contains { $0["id"] as? String == "weapon" })
        let human = try passim(["search", "Russia", "--facets", "--color=never"], in: corpus.url)
        #expect(human.stdout.contains("actors:"))
    }

    @Test func entitiesListsTheMostNamedAndWhatIsNamedWithAnother() throws {
        let all = try passim(["entities", "--kind", "actor", "--json"], in: corpus.url)
        let listed = try jsonObjects(all)
        #expect(listed.allSatisfy { $0["kind"] as? String == "actor" })
        let counts = listed.compactMap { $0["count"] as? Int }
        #expect(counts == counts.sorted(by: >))
        let with = try passim(["entities", "--kind", "weapon", "--with", "actor:kim-jong-un", "--json"], in: corpus.url)
        let weapons = try jsonObjects(with)
        #expect(!weapons.isEmpty)
        for weapon in weapons {
            let example = try #require(weapon["example"] as? [String: Any])
            #expect(example["path"] as? String == "000_8bf942be92c7755d.txt")
        }
        // Cross-check one count against a search.
        let first = try #require(weapons.first)
        let id = try #require(first["id"] as? String)
        let count = try passim(["search", "actor:kim-jong-un weapon:\(id)", "--count"], in: corpus.url)
        #expect(Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 >= first["count"] as? Int ?? 0)
    }

    @Test func retagUsesTheUsersGazetteerWithoutReadingTheFiles() throws {
        #expect(try passim(["search", "actor:the-bloke"], in: corpus.url).status == 2)
        let gazetteer = corpus.url.appendingPathComponent("my.tsv")
        try "# my own\nthe-bloke\tactor\tperson\tThe Bloke\tbloke\t\n".write(to: gazetteer, atomically: true, encoding: .utf8)
        // The article is gone: re-tagging must work from the index alone.
        try FileManager.default.removeItem(at: corpus.url.appendingPathComponent("000_8bf942be92c7755d.txt"))
        let run = try passim(["retag", "--gazetteer", gazetteer.path], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("re-tagged 1 article"))
        let hits = try passages("actor:the-bloke")
        #expect(hits.count == 1)
        #expect((hits.first?["text"] as? String)?.contains("some bloke") == true)
    }
}
