import Xapian
import PassimEntities

/// Puts the gazetteer into an index as Xapian synonyms, so that search needs
/// no gazetteer of its own:
/// - each name and alias, as the query parser sees its words, maps to the
///   entity's mention terms: a free-text "Zelenskyy" also finds passages
///   that wrote "Zelensky", and weighs how often they name him;
/// - `~kind:` + the name maps to the entity's filter term, for `actor:budanov`.
/// A country answers as a place and as an actor (a state). Only what the
/// words alone would not find is written: an entity known by one name needs
/// no synonym for it, and a filter by id needs none (the term is the id).
/// Xapian reads synonyms across all the shards of a search, so they go into
/// the first shard only.
package enum EntitySynonyms {
    package static func write(_ gazetteer: Gazetteer, into database: WritableDatabase) throws(XapianError) {
        try database.clearSynonyms()
        for (index, entity) in gazetteer.entities.enumerated() {
            let kinds: [EntityKind] = entity.subkind == "country" ? [entity.kind, .actor] : [entity.kind]
            let names = gazetteer.spellings(of: index)
            let spellings = Set(names.map(queryWords).filter { !$0.isEmpty })
            if spellings.count > 1 || kinds.count > 1 {
                for words in spellings.sorted() {
                    for kind in kinds {
                        try database.addSynonym(IndexSchema.boundedTerm(IndexSchema.mentionPrefix(kind), entity.id), forKey: words)
                    }
                }
            }
            var values = Set(names.map(filterValue))
            if entity.kind == .place { values.formUnion(names.compactMap(shortRegionValue)) }
            for value in values.sorted() where !value.isEmpty && value != entity.id {
                for kind in kinds {
                    try database.addSynonym(IndexSchema.boundedTerm(IndexSchema.filterPrefix(kind), entity.id),
                                            forKey: IndexSchema.filterKey(kind) + value)
                }
            }
        }
    }

    /// The words of a name as Xapian's query parser makes them: runs of
    /// letters and digits, lower-cased, joined by one space ("Kim Jong-un" →
    /// "kim jong un").
    package static func queryWords(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in name.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words.joined(separator: " ")
    }

    /// Words that name a region by its main town: "Kursk Oblast", "the Kursk
    /// region". (Not "state" or "county": Washington, Georgia.)
    package static let regionWords: Set<String> = ["oblast", "region", "province", "governorate", "krai", "okrug"]

    /// The filter value of a region's name without its region word
    /// ("Kursk Oblast" → "kursk"), so that `place:kursk` finds the region as
    /// well as the city; nil when the name has no such word.
    package static func shortRegionValue(_ name: String) -> String? {
        let words = filterValue(name).split(separator: " ")
        guard words.count >= 2, let last = words.last, regionWords.contains(String(last)) else { return nil }
        let short = words.dropLast().joined(separator: " ")
        return short.count >= 3 ? short : nil
    }

    /// A filter value as the shim's entity field normalises it: ASCII lower
    /// case, quotes dropped, white space collapsed.
    package static func filterValue(_ name: String) -> String {
        var out: [UInt8] = []
        var space = false
        for byte in name.utf8 {
            if byte == UInt8(ascii: "\"") { continue }
            if byte == 0x20 || byte == 0x09 || byte == 0x0a { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
