import Xapian
import PassimSupport

/// The counting pass: how many passages a query matches, before folding per article.
package enum MatchCount {
    /// How many passages match: exact when `lower == upper`.
    package struct Counts: Equatable {
        package var lower, estimated, upper: UInt64
        package var isExact: Bool { lower == upper }
    }

    /// What the ranking pass saw, made exact by a count-only pass (no
    /// collapse, no scores kept) when few enough match for that to be cheap:
    /// judged by the estimate, as the upper bound of a query of many words
    /// (feedback's) is far above what it matches.
    package static func counts(of query: Query, seen results: SearchResults,
                               in database: Database) throws(XapianError) -> Counts {
        let seen = try results.counts()
        let counts = Counts(lower: seen.uncollapsedLower, estimated: seen.uncollapsedEstimated,
                            upper: seen.uncollapsedUpper)
        guard !counts.isExact, counts.estimated <= UInt64(Tuning.checkAtLeast) else { return counts }
        var options = SearchOptions()
        options.limit = 0
        options.checkAtLeast = Tuning.checkAtLeast
        let exact = try database.search(try unweighted(query), options: options).counts()
        return Counts(lower: exact.lower, estimated: exact.estimated, upper: exact.upper)
    }

    /// The exact number of passages matching `query`: every one is looked at.
    package static func exact(_ query: Query, in database: Database) throws(XapianError) -> Int {
        var options = SearchOptions()
        options.limit = 0
        options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
        return Int(clamping: try database.search(try unweighted(query), options: options).counts().estimated)
    }

    /// The same matches with no weight computed: Xapian skips the weighting
    /// of a subquery scaled by 0, and a count needs none.
    private static func unweighted(_ query: Query) throws(XapianError) -> Query {
        try query.scaled(by: 0)
    }
}
