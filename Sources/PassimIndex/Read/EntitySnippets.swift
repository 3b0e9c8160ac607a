import Xapian
import PassimEntities
import PassimSupport

/// Snippets for queries of entity filters only: with no words to centre on,
/// a hit shows where its passage names the entities.
package enum EntitySnippets {
    /// The (kind, id) of each entity the query filters on.
    package static func filters(of query: Query) throws(XapianError) -> [(EntityKind, String)] {
        var found: [(EntityKind, String)] = []
        for term in try query.terms() {
            for kind in EntityKind.allCases where term.hasPrefix(IndexSchema.filterPrefix(kind)) {
                found.append((kind, String(term.dropFirst(IndexSchema.filterPrefix(kind).count))))
            }
        }
        return found
    }

    /// A window of the passage around its first mention of one of `entities`
    /// (or of what they include: a weapon class's systems), mentions marked.
    package static func snippet(of record: PassageRecord, naming entities: [(EntityKind, String)]) -> Snippet? {
        let wanted = Set(entities.map { $0.1 })
        let hits = record.mentions.filter { wanted.contains($0.id) }
        let marks = hits.isEmpty ? record.mentions.map(\.range) : hits.map(\.range)
        guard let first = marks.first else { return nil }
        return Snippet.around(first, in: record.text, length: Int(Tuning.snippetBytes), highlights: marks)
    }
}
