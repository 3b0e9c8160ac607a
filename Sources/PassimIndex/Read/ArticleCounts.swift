import Xapian

/// The per-article pass: how many passages of each shown article match,
/// exactly (Xapian's collapse count is a lower bound, and remote servers do
/// not send it), so a hit can say how many more its article holds.
package enum ArticleCounts {
    /// The number of passages matching `query` in each of `articles`, by
    /// collapse key: one count-only pass over just those articles' passages.
    package static func matching(_ query: Query, in articles: [ArticleID],
                                 database: Database) throws(XapianError) -> [String: Int] {
        var only: Query?
        for id in Set(articles.map(\.description)).sorted() {
            let term = try Query(term: IndexSchema.articlePrefix + id)
            only = try only.map { (q: Query) throws(XapianError) in try q.combined(.or, term) } ?? term
        }
        guard let only else { return [:] }
        var options = SearchOptions()
        options.limit = 0
        options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
        options.facetSlot = IndexSchema.articleSlot
        var counts: [String: Int] = [:]
        for (key, count) in try database.search(try query.combined(.filter, only), options: options).facets() {
            counts[key] = count
        }
        return counts
    }
}
