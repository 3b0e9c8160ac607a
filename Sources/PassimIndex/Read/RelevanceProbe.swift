import Xapian

/// The small searches ranking makes while it compiles a query — the best
/// score of a part, the first hits and whether they hold a word — each kept
/// to the request's dates and folder, so that what they measure is what the
/// search will rank.
package struct RelevanceProbe {
    let database: Database
    let dates: DateRange?
    let scope: String?
    /// The feedback pass's options: by relevance, as many per article as a search shows.
    let options: SearchOptions

    /// `query` kept to the request's dates and folder.
    package func restricted(_ query: Query) throws(XapianError) -> Query {
        try CompiledQuery.scoped(try CompiledQuery.restricted(query, to: dates), to: scope)
    }

    /// The first `count` hits of `query`, as Xapian ranks them.
    package func results(_ query: Query, count: Int) throws(XapianError) -> SearchResults {
        var options = options
        options.limit = UInt32(clamping: count)
        options.checkAtLeast = 0
        return try database.search(try restricted(query), options: options)
    }

    /// The documents of the first `count` hits of `query`, best first.
    package func documents(_ query: Query, count: Int) throws(XapianError) -> [UInt32] {
        let found = try results(query, count: count)
        return try (0..<found.count).map { i throws(XapianError) in try found.hit(i).documentID }
    }

    /// The best score of any passage `query` matches; 0 when none.
    package func best(_ query: Query) throws(XapianError) -> Double {
        let found = try results(query, count: 1)
        return found.count > 0 ? try found.hit(0).weight : 0
    }
}
