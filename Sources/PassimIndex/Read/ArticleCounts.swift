import Xapian

/// The per-article pass: how many passages of each shown article match,
/// exactly (Xapian's collapse count is a lower bound, and remote servers do
/// not send it), so a hit can say how many more its article holds.
package enum ArticleCounts {
    /// The number of passages matching `query` in each of `articles`, by
    /// collapse key: one count-only pass over just those articles' passages.
    package static func matching(_ query: Query, in articles: [ArticleID],
                                 database: Database) throws(XapianError) -> [String: Int] {
        guard let only = try passages(of: articles) else { return [:] }
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

    /// Every passage of `articles` (nil for none), as the OR of their article terms.
    package static func passages(of articles: [ArticleID]) throws(XapianError) -> Query? {
        try anyTerm(Set(articles.map(\.description)).sorted().map { IndexSchema.articlePrefix + $0 })
    }

    /// The OR of `terms` as a balanced tree, nil for none. Xapian walks a
    /// query recursively, so a chain of one OR per term grows its stack and
    /// its time with the number of terms; a balanced tree is log₂ n deep.
    package static func anyTerm(_ terms: [String]) throws(XapianError) -> Query? {
        guard !terms.isEmpty else { return nil }
        return try anyTerm(terms[...])
    }

    private static func anyTerm(_ terms: ArraySlice<String>) throws(XapianError) -> Query {
        if terms.count == 1 { return try Query(term: terms[terms.startIndex]) }
        let middle = terms.startIndex + terms.count / 2
        return try anyTerm(terms[..<middle]).combined(.or, try anyTerm(terms[middle...]))
    }
}
