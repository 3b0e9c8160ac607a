import Testing
import Xapian
@testable import PassimIndex
@testable import PassimSupport

/// Each search pass on its own, over a small index made in-process; every
/// expectation is checked against another pass or against the index itself.
@Suite struct SearchPassTests {
    @Test func topHitsAreDecodedOnceRankedAndFoldedPerArticle() throws {
        let fixture = SearchFixture.shared
        let (compiled, options, database) = try fixture.compiled("artillery", perArticle: 1)
        let (hits, _) = try TopHits.run(compiled.final, options: options, in: database, index: fixture.indexPath)
        #expect(hits.count == 2)   // two articles name artillery, kyiv.txt in two passages
        #expect(Set(hits.map(\.articleKey)).count == hits.count)
        #expect(hits.map(\.rank) == Array(0..<hits.count))
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        for hit in hits {
            #expect(hit.record.text.lowercased().contains("artillery"))
            #expect(hit.marked.contains("\u{1}"))
        }
    }

    @Test func theMatchCountIsTheNumberOfPassagesListed() throws {
        let fixture = SearchFixture.shared
        let (compiled, options, database) = try fixture.compiled("artillery OR drones OR grain")
        var all = options
        all.limit = 1000
        let (hits, results) = try TopHits.run(compiled.final, options: all, in: database, index: fixture.indexPath)
        let counts = try MatchCount.counts(of: compiled.final, seen: results, in: database)
        #expect(counts.isExact)
        #expect(Int(counts.estimated) == hits.count)
        #expect(try MatchCount.exact(compiled.final, in: database) == hits.count)
    }

    @Test func articleCountsAgreeWithTheHitsOfEachArticle() throws {
        let fixture = SearchFixture.shared
        let (compiled, options, database) = try fixture.compiled("kyiv OR artillery OR grain")
        var all = options
        all.limit = 1000
        let (hits, _) = try TopHits.run(compiled.final, options: all, in: database, index: fixture.indexPath)
        var expected: [String: Int] = [:]
        for hit in hits { expected[hit.articleKey, default: 0] += 1 }
        let counted = try ArticleCounts.matching(compiled.final, in: hits.map(\.record.article), database: database)
        #expect(counted == expected)
        #expect(expected.values.contains { $0 > 1 })
        #expect(try ArticleCounts.matching(compiled.final, in: [], database: database).isEmpty)
    }

    @Test func facetsCountThePassagesNamingEachEntity() throws {
        let fixture = SearchFixture.shared
        let (_, _, database) = try fixture.compiled("drones")
        let facets = try EntityFacets.count(try Query.matchAll(), in: database)
        let kyiv = try #require(facets.first { $0.kind == .place && $0.id == "kyiv" })
        let naming = try Query(term: IndexSchema.mentionPrefix(.place) + "kyiv")
        #expect(kyiv.count == (try MatchCount.exact(naming, in: database)))
        #expect(kyiv.count >= 2)
        #expect(zip(facets, facets.dropFirst()).allSatisfy { $0.count >= $1.count })
    }

    @Test func aMisspelledQueryIsOfferedTheSpellingThatFindsMore() throws {
        let fixture = SearchFixture.shared
        let database = try fixture.handle().database
        let offered = try Suggestion.better(than: 0, for: "artilery", dates: nil, in: database, index: fixture.indexPath)
        #expect(offered == "artillery")
        #expect(try Suggestion.better(than: 0, for: "artillery", dates: nil, in: database, index: fixture.indexPath) == nil)
        #expect(Suggestion.isWanted(found: 0))
        #expect(!Suggestion.isWanted(found: 1000))
    }

    @Test func theExplainedPartsAddUpToTheScore() throws {
        let fixture = SearchFixture.shared
        let (compiled, options, database) = try fixture.compiled("drones kyiv")
        let (hits, _) = try TopHits.run(compiled.final, options: options, in: database, index: fixture.indexPath)
        let best = try #require(hits.first)
        let parts = try ScoreExplanation.parts(of: best.record, compiled.ranked, options: options, in: database)
        #expect(parts.contains { $0.label.contains("drone") })
        #expect(abs(parts.reduce(0) { $0 + $1.weight } - best.weight) < 1e-6 * max(1, best.weight))
    }

    @Test func feedbackIsAddedOnlyWhenAsked() throws {
        let fixture = SearchFixture.shared
        let database = try fixture.handle().database
        for asked in [true, false] {
            var request = SearchRequest(query: "artillery")
            request.feedback = asked
            let compiled = try CompiledQuery.compile(request, options: TopHits.options(for: request), in: database,
                                                     index: fixture.indexPath)
            #expect(compiled.ranked.boosts.contains(where: \.broadens) == asked)
        }
    }

    @Test func entityFiltersGiveTheSnippetWhereThePassageNamesThem() throws {
        let fixture = SearchFixture.shared
        let (compiled, options, database) = try fixture.compiled("place:kursk")
        let filters = try EntitySnippets.filters(of: compiled.parsed.query)
        #expect(filters.contains { $0.0 == .place && $0.1 == "kursk" })
        let (hits, _) = try TopHits.run(compiled.final, options: options, in: database, index: fixture.indexPath)
        let hit = try #require(hits.first)
        let snippet = try #require(EntitySnippets.snippet(of: hit.record, naming: filters))
        let marked = try #require(snippet.highlights.first)
        #expect(String(decoding: Array(snippet.text.utf8)[marked], as: UTF8.self) == "Kursk")
    }
}
