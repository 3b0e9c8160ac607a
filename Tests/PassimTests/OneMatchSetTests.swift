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

    /// Feedback widens the match set; the count follows it.
    @Test func feedbackAddsMatchesAndTheCountSaysSo() throws {
        let searcher = try Searcher(indexPath: SearchFixture.shared.indexPath)
        var with = SearchRequest(query: "artillery")
        with.feedback = true
        var without = with
        without.feedback = false
        #expect(try searcher.count(with) > searcher.count(without))
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
