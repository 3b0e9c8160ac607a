import Xapian

/// The facet pass: the entities named in all passages matching a query, with
/// exact counts, most named first.
package enum EntityFacets {
    package static func count(_ query: Query, in database: Database) throws(XapianError) -> [EntityFacet] {
        var options = SearchOptions()
        options.limit = 0
        options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
        options.facetSlot = IndexSchema.entitySlot
        // The bare class ("weapon", from "arms") says nothing a count could use.
        return try database.search(query, options: options).facets().compactMap { key, count in
            EntityFacet(line: key, count: count)
        }.filter { $0.id != $0.kind.rawValue }
    }
}
