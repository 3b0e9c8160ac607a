import Xapian
import PassimSupport

/// The query a search runs, compiled once from what the user asked: parsed,
/// ranked (see Ranking), widened by feedback when it applies, kept to the
/// dates asked for.
package struct CompiledQuery {
    package var parsed: ParsedQuery
    package var ranked: RankedQuery
    /// What ranks and matches: every pass of the search runs this.
    package var final: Query

    /// `options`: the ranking pass's, whose weighting feedback learns with.
    package static func compile(_ request: SearchRequest, options: SearchOptions,
                                in database: Database, index: String) throws(PassimError) -> CompiledQuery {
        let parsed = try UserQuery.parse(request.query, database: database)
        return try withPassimErrors(index: index) { () throws(XapianError) in
            var ranked = try Ranking.ranked(parsed)
            if Ranking.wantsFeedback(parsed, requested: request.feedback) {
                let first = feedbackOptions(options)
                let query = try scoped(try restricted(try ranked.combined(), to: request.dates), to: request.scope)
                try Ranking.addFeedback(to: &ranked, from: try database.search(query, options: first))
            }
            // The dates restrict the whole query, feedback's matches included.
            return CompiledQuery(parsed: parsed, ranked: ranked,
                                 final: try scoped(try restricted(try ranked.combined(), to: request.dates), to: request.scope))
        }
    }

    /// The pass feedback learns from: the best hits (not the newest), as
    /// many per article as a search shows by default whatever the output
    /// asks for, so that every output mode gets the same feedback and so
    /// the same matches.
    static func feedbackOptions(_ options: SearchOptions) -> SearchOptions {
        var first = options
        first.offset = 0
        first.limit = UInt32(Tuning.ranking.feedbackTop)
        first.sortSlot = nil
        first.collapseSlot = IndexSchema.articleSlot
        first.collapseMax = UInt32(Tuning.passagesPerArticle)
        return first
    }

    /// `query` kept to the articles below `folder`, when given (the `folder:` filter's term).
    package static func scoped(_ query: Query, to folder: String?) throws(XapianError) -> Query {
        guard let folder, !folder.isEmpty else { return query }
        return try query.combined(.filter, try Query(term: IndexSchema.folderPrefix + folder.lowercased()))
    }

    /// `query` kept to the articles dated within `dates`, when given.
    package static func restricted(_ query: Query, to dates: DateRange?) throws(XapianError) -> Query {
        guard let dates else { return query }
        return try query.combined(.filter, try dates.query())
    }
}
