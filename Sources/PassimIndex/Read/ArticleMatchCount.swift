import Xapian
import PassimSupport

extension Searcher {
    /// The exact number of articles with a passage matching `text` (dated
    /// within `dates`): the distinct article values among all matches, as
    /// Xapian's value-count spy sees them.
    package func countArticles(_ text: String, dates: DateRange? = nil) throws(PassimError) -> Int {
        try sources.reading { database throws(PassimError) in
            let parsed = try UserQuery.parse(text, database: database).query
            return try withPassimErrors(index: indexPath) { () throws(XapianError) in
                var options = SearchOptions()
                options.limit = 0
                options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
                options.facetSlot = IndexSchema.articleSlot
                let query = try CompiledQuery.restricted(parsed, to: dates)
                return try database.search(query, options: options).facets().count
            }
        }
    }
}
