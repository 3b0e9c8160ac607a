import Xapian
import PassimSupport

/// The did-you-mean pass: Xapian's spelling correction of a query that found
/// little, offered only when it would find more.
package enum Suggestion {
    /// Whether a result of `found` passages is worth a spelling lookup (a lookup per word).
    package static func isWanted(found: Int) -> Bool { found < Tuning.suggestBelow }

    /// A spelling of `text` that finds more than `found` passages dated within `dates`, or nil.
    package static func better(than found: Int, for text: String, dates: DateRange?,
                               in database: Database, index: String) throws(PassimError) -> String? {
        guard let correction = try UserQuery.parse(text, database: database, spelling: true).correction else { return nil }
        let parsed = try UserQuery.parse(correction, database: database)
        let matching = try withPassimErrors(index: index) { () throws(XapianError) in
            try MatchCount.exact(try CompiledQuery.restricted(parsed.query, to: dates), in: database)
        }
        return matching > found ? correction : nil
    }
}
