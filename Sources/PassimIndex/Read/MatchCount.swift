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
    /// collapse, no scores kept) when few enough match for that to be cheap.
    package static func counts(of query: Query, seen results: SearchResults,
                               in database: Database) throws(XapianError) -> Counts {
        let seen = try results.counts()
        let counts = Counts(lower: seen.uncollapsedLower, estimated: seen.uncollapsedEstimated,
                            upper: seen.uncollapsedUpper)
        guard !counts.isExact, counts.upper <= UInt64(Tuning.checkAtLeast) else { return counts }
        var options = SearchOptions()
        options.limit = 0
        options.checkAtLeast = Tuning.checkAtLeast
        let exact = try database.search(query, options: options).counts()
        return Counts(lower: exact.lower, estimated: exact.estimated, upper: exact.upper)
    }

    /// The exact number of passages matching `query`: every one is looked at.
    package static func exact(_ query: Query, in database: Database) throws(XapianError) -> Int {
        var options = SearchOptions()
        options.limit = 0
        options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
        return Int(clamping: try database.search(query, options: options).counts().estimated)
    }
}
