import Xapian
import PassimEntities

/// Writes, for every entity with something below it, the filter terms of its
/// descendants under `IndexSchema.descendantsKey`, so that search expands
/// `place:russia` to Russia's regions and towns and `weapon:missile` to its
/// classes and systems from the gazetteer the index was tagged with: a
/// passage carries one filter term per entity instead of one per ancestor.
/// Only places and weapons are filed under what they are part or a kind of
/// (an organisation under a country is not a place of it).
package enum EntityDescendants {
    package static func write(_ gazetteer: Gazetteer, into database: WritableDatabase) throws(XapianError) {
        for entity in gazetteer.entities {
            for id in gazetteer.descendants(of: entity.id) {
                guard let kind = gazetteer.entity(id)?.kind, kind == .place || kind == .weapon else { continue }
                let prefix = IndexSchema.filterPrefix(kind)
                try database.addSynonym(IndexSchema.boundedTerm(prefix, id),
                                        forKey: IndexSchema.descendantsKey(IndexSchema.boundedTerm(prefix, entity.id)))
            }
        }
    }
}
