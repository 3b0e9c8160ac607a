import Xapian
import PassimSupport

extension Searcher {
    /// The exact number of articles with a passage that `request` matches
    /// (the set its search lists): the distinct article values among all
    /// matches, as Xapian's value-count spy sees them.
    package func countArticles(_ request: SearchRequest, warnings: (String) -> Void = { _ in }) throws(PassimError) -> Int {
        try sources.reading { database throws(PassimError) in
            let compiled = try CompiledQuery.compile(request, options: TopHits.options(for: request), in: database,
                                                     index: indexPath)
            compiled.parsed.warnings.forEach(warnings)
            return try withPassimErrors(index: indexPath) { () throws(XapianError) in
                var options = SearchOptions()
                options.limit = 0
                options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
                options.facetSlot = IndexSchema.articleSlot
                return try database.search(compiled.final, options: options).facets().count
            }
        }
    }
}
