import Xapian
import PassimEntities
import PassimSupport

extension Searcher {
    /// The entities named most often in passages matching `filter` (all
    /// passages when nil), with an example passage each.
    package func entities(kind: EntityKind?, with filter: String?, limit: Int) throws(PassimError) -> [EntityListing] {
        let query: Query
        let excluded: [(EntityKind, String)]
        if let filter {
            query = try sources.reading { database throws(PassimError) in try UserQuery.parse(filter, database: database).query }
            excluded = try withPassimErrors(index: indexPath) { () throws(XapianError) in try EntitySnippets.filters(of: query) }
        } else {
            query = try withPassimErrors(index: indexPath) { () throws(XapianError) in try Query.matchAll() }
            excluded = []
        }
        let facets = try sources.reading { database throws(PassimError) in
            try withPassimErrors(index: indexPath) { () throws(XapianError) in try EntityFacets.count(query, in: database) }
        }
        let listed = facets.filter { facet in
            (kind == nil || facet.kind == kind) && !excluded.contains { $0.0 == facet.kind && $0.1 == facet.id }
        }.prefix(limit)
        let here = FileSystem.currentDirectory()
        return try listed.map { facet throws(PassimError) in
            let example = try sources.reading { database throws(PassimError) in
                try withPassimErrors(index: indexPath) { () throws(XapianError) in try Self.example(of: facet, within: query, in: database) }
            }
            let hit = example.map { record, documentID in
                SearchHit(rank: 1, score: 0, record: record,
                          path: sources.path(of: record, documentID: documentID, here: here),
                          snippet: EntitySnippets.snippet(of: record, naming: [(facet.kind, facet.id)] + excluded)
                              ?? Snippet(text: record.text, highlights: []),
                          moreInArticle: 0)
            }
            return EntityListing(entity: facet, example: hit)
        }
    }

    /// The passage naming the entity most, among those `query` admits.
    private static func example(of facet: EntityFacet, within query: Query,
                                in database: Database) throws(XapianError) -> (PassageRecord, UInt32)? {
        let named = try Query(term: IndexSchema.mentionPrefix(facet.kind) + facet.id)
        var options = SearchOptions()
        options.limit = 1
        options.bm25 = Searcher.bm25
        let results = try database.search(try named.combined(.filter, query), options: options)
        guard results.count > 0, let record = PassageRecord(decoding: try results.data(0)) else { return nil }
        return (record, try results.hit(0).documentID)
    }
}
