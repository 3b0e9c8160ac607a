import Testing
import Xapian
@testable import PassimIndex

/// Results of any length: the per-article pass over many articles, and hits
/// streamed a page at a time.
@Suite struct LargeResultTests {
    /// The articles of a long result at once: a query of one OR per article
    /// nests as deep as there are articles, and Xapian, which walks a query
    /// recursively, overflowed its stack at 100,000 (and took quadratic time
    /// well before); a balanced tree is 17 deep.
    @Test func thePassagesOfAHundredThousandArticlesAreOneShallowQuery() throws {
        let articles = (0..<100_000).map { ArticleID(relativePath: Array("news/\($0).txt".utf8)) }
        let query = try #require(try ArticleCounts.passages(of: articles))
        var depth = 0, deepest = 0
        for byte in query.description.utf8 {
            if byte == UInt8(ascii: "(") { depth += 1; deepest = max(deepest, depth) }
            if byte == UInt8(ascii: ")") { depth -= 1 }
        }
        #expect(deepest <= 20)
        #expect(Set(try query.terms()) == Set(articles.map { IndexSchema.articlePrefix + $0.description }))
        #expect(try ArticleCounts.passages(of: []) == nil)
    }

    /// Hits streamed a page at a time are the hits of one page of all:
    /// same order, consecutive ranks, the same counts per article.
    @Test func streamedPagesAreTheWholeResultInOrder() throws {
        let searcher = try Searcher(indexPath: SearchFixture.shared.indexPath)
        var request = SearchRequest(query: "artillery OR kyiv OR grain OR prices")
        request.limit = 1000
        request.perArticle = 2
        let whole = try searcher.search(request).hits
        var streamed: [SearchHit] = []
        let result = try searcher.search(request, pageSize: 2) { streamed.append($0) }
        #expect(whole.count > 4)
        #expect(result.hits.isEmpty)
        #expect(streamed.map(\.rank) == Array(1...whole.count))
        #expect(streamed.map(\.record.text) == whole.map(\.record.text))
        #expect(streamed.map(\.moreInArticle) == whole.map(\.moreInArticle))
        #expect(streamed.map(\.snippet) == whole.map(\.snippet))
    }

    @Test func hitsWithoutSnippetsCarryTheirRecords() throws {
        let searcher = try Searcher(indexPath: SearchFixture.shared.indexPath)
        var request = SearchRequest(query: "artillery")
        request.snippets = false
        let hits = try searcher.search(request).hits
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.snippet.text.isEmpty && $0.record.text.contains("rtillery") })
    }
}
