import Xapian
import PassimSupport

/// The query a search runs, compiled once from what the user asked: parsed,
/// ranked (see Ranking), passages holding all its words lifted first,
/// widened by feedback when it applies, kept to the dates asked for.
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
            let probe = RelevanceProbe(database: database, dates: request.dates, scope: request.scope,
                                       options: feedbackOptions(options))
            var ranked = try Ranking.ranked(parsed)
            try Ranking.putAllWordsFirst(&ranked, parsed.contentWords, probe: probe)
            if Ranking.wantsFeedback(parsed, requested: request.feedback) {
                let first = try probe.results(try ranked.combined(), count: Tuning.ranking.feedbackTop)
                try Ranking.addFeedback(to: &ranked, from: first, words: parsed.contentWords, probe: probe)
                // Measured again on the query as it now ranks.
                try Ranking.putAllWordsFirst(&ranked, parsed.contentWords, probe: probe)
            }
            // The dates restrict the whole query, feedback's matches included.
            return CompiledQuery(parsed: parsed, ranked: ranked, final: try probe.restricted(try ranked.combined()))
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
