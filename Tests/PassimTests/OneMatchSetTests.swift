import Testing
@testable import PassimIndex
@testable import PassimSupport

/// One query, one set of matches, whatever the output: the count, every
/// passage listed, the articles listed and the footer's number agree, with
/// feedback (which adds matches) as without.
@Suite struct OneMatchSetTests {
    @Test(arguments: [true, false])
    func countListingAndFooterAreOneSet(feedback: Bool) throws {
        let searcher = try Searcher(indexPath: SearchFixture.shared.indexPath)
        var request = SearchRequest(query: "artillery")
        request.feedback = feedback
        request.limit = 1000

        let count = try searcher.count(request)
        var all = request
        all.perArticle = 0
        let passages = try searcher.search(all)
        #expect(passages.hits.count == count)
        #expect(passages.exact)
        #expect(passages.matchingPassages == count)

        var files = request
        files.perArticle = 1
        files.snippets = false
        let articles = try searcher.search(files)
        #expect(Set(articles.hits.map(\.path)) == Set(passages.hits.map(\.path)))
        #expect(articles.matchingPassages == count)

        let page = try searcher.search(request)
        #expect(page.matchingPassages == count)
    }

    /// Feedback only reorders and extends what holds the word its first
    /// hits agree on: the match set stays that word's, and the count says so.
    @Test func feedbackStaysWithTheWordItsFirstHitsHoldAndTheCountSaysSo() throws {
        let searcher = try Searcher(indexPath: SearchFixture.shared.indexPath)
        var with = SearchRequest(query: "artillery")
        with.feedback = true
        with.perArticle = 0
        with.limit = 1000
        var without = with
        without.feedback = false
        let count = try searcher.count(with)
        #expect(count == (try searcher.count(without)))
        let hits = try searcher.search(with).hits
        #expect(hits.count == count)
        #expect(hits.allSatisfy { $0.record.text.lowercased().contains("artiller") })
    }

    @Test func facetsCountTheSameMatches() throws {
        let searcher = try Searcher(indexPath: SearchFixture.shared.indexPath)
        var request = SearchRequest(query: "artillery")
        request.feedback = true
        request.facets = true
        request.perArticle = 0
        request.limit = 1000
        let result = try searcher.search(request)
        for facet in result.facets {
            let named = result.hits.filter { $0.record.mentions.contains { $0.kind == facet.kind && $0.id == facet.id } }
            #expect(named.count == facet.count, "\(facet.id)")
        }
        #expect(!result.facets.isEmpty)
    }
}
