import Xapian
import PassimEntities

/// One entity an `actor:`, `weapon:` or `place:` filter names, with the
/// filter terms that answer to it: its own, then those of everything the
/// index's gazetteer puts below it (`IndexSchema.descendantsKey`) that some
/// passage carries — `place:russia` admits passages naming only Kursk.
package struct EntityFilter: Sendable, Equatable {
    package var kind: EntityKind
    /// The entity's id, as its filter term ends.
    package var id: String
    /// The entity's own filter term first.
    package var terms: [String]

    /// The filter for `term` (a filter term of `kind`), its descendants
    /// looked up; nil when `mustExist` and no passage carries any of them.
    static func expanding(_ term: String, kind: EntityKind, in database: Database,
                          mustExist: Bool) throws(XapianError) -> EntityFilter? {
        var terms = [term]
        // Most of a country's thousand towns are named nowhere: leaving them
        // out keeps the query small.
        for below in try database.synonyms(of: IndexSchema.descendantsKey(term))
        where try database.termFrequency(below) > 0 {
            terms.append(below)
        }
        if mustExist, terms.count == 1, try database.termFrequency(term) == 0 { return nil }
        return EntityFilter(kind: kind, id: String(term.dropFirst(IndexSchema.filterPrefix(kind).count)), terms: terms)
    }

    /// What the filter admits: a passage with any of its terms.
    package func matching() throws(XapianError) -> Query {
        try Query.combining(.or, terms.map { term throws(XapianError) in try Query(term: term) })
    }

    /// How much a passage names the entity, its kinds and parts included, as
    /// one term: the terms' counts summed (Xapian's OP_SYNONYM).
    package func weighted() throws(XapianError) -> Query {
        guard terms.count > 1 else { return try Query(term: terms[0]) }
        return try Query.combining(.synonym, terms.map { term throws(XapianError) in try Query(term: term) })
    }
}

/// The entity filters met while one query is parsed: the parser's field
/// callbacks note them here.
final class EntityFilterLog {
    var filters: [EntityFilter] = []

    /// Each entity once, in the order first met.
    var distinct: [EntityFilter] {
        var seen = Set<String>()
        return filters.filter { seen.insert($0.terms[0]).inserted }
    }
}
