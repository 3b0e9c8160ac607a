import PassimEntities
import Xapian

/// `actor:value`, `weapon:value`, `place:value`: the entity terms the index
/// lists as synonyms of the value, or the entity whose id the value is.
enum EntityFieldValue {
    /// The query for `raw` (as Xapian's parser found it), or nil when it names nothing.
    static func query(for raw: String, kind: EntityKind, in database: Database) throws(XapianError) -> Query? {
        let value = normalised(raw)
        var candidates = [value]
        // "drones" names what "drone" names.
        if value.utf8.count > 3, value.utf8.last == UInt8(ascii: "s") {
            candidates.append(String(decoding: value.utf8.dropLast(), as: UTF8.self))
        }
        for candidate in candidates {
            var terms: [Query] = []
            for term in try database.synonyms(of: IndexSchema.filterKey(kind) + candidate) {
                terms.append(try Query(term: term))
            }
            // The value may be an id as well as a name ("kursk": the city, and
            // the short name of the Kursk region): both are meant.
            let id = IndexSchema.filterPrefix(kind) + candidate
            if try database.termFrequency(id) > 0 { terms.append(try Query(term: id)) }
            if !terms.isEmpty { return try Query.combining(.or, terms) }
        }
        return nil
    }

    /// Lower case (ASCII), quotes dropped, runs of white space as one space.
    static func normalised(_ raw: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var space = false
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "\""): continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"): space = !out.isEmpty
            default:
                if space { out.append(UInt8(ascii: " ")); space = false }
                out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
