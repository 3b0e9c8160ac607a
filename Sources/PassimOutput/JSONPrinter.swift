import PassimSupport
import PassimIndex
/// `--json`: one JSON object per hit, one per line (NDJSON). Fed the same
/// hits as the human printer, so the two never disagree on what matched.
package struct JSONPrinter {
    /// Bumped when a field changes meaning or disappears; new fields may be added.
    /// 2: `date_source` names where the date was found (`metadata`, `name`, `dateline`, …).
    package static let schemaVersion = 2

    package init() {}

    package func render(_ hit: SearchHit) -> String {
        var o = JSONObject()
        o.add("schema", Self.schemaVersion)
        o.add("rank", hit.rank)
        o.add("score", hit.score)
        o.add(path: hit.path)
        o.add("line", hit.record.line)
        o.add("start", hit.record.start)
        o.add("end", hit.record.end)
        o.add("page", hit.record.page)
        o.add("title", hit.record.title)
        o.add("date", hit.record.date.isEmpty ? nil : hit.record.date)
        o.add("date_source", hit.record.date.isEmpty ? nil : hit.record.dateSource.rawValue)
        o.add("article", hit.record.article.description)
        o.add("passage", hit.record.ordinal)
        o.add("more_in_article", hit.moreInArticle)
        o.add("text", hit.record.text)
        o.add("snippet", hit.snippet.text)
        o.add("highlights", ranges: hit.snippet.highlights)
        o.addRaw("entities", Self.entities(hit.record))
        if !hit.contextBefore.isEmpty || !hit.contextAfter.isEmpty {
            o.addRaw("context_before", Self.context(hit.contextBefore))
            o.addRaw("context_after", Self.context(hit.contextAfter))
        }
        if let parts = hit.explanation {
            o.addRaw("explain", "[" + parts.map { part in
                var p = JSONObject()
                p.add("part", part.label)
                p.add("weight", part.weight)
                return p.text
            }.joined(separator: ",") + "]")
        }
        return o.text + "\n"
    }

    /// Context passages: `[{"passage":…,"line":…,"text":…}]`.
    static func context(_ passages: [PassageRecord]) -> String {
        "[" + passages.map { p in
            var o = JSONObject()
            o.add("passage", p.ordinal)
            o.add("line", p.line)
            o.add("text", p.text)
            return o.text
        }.joined(separator: ",") + "]"
    }

    /// The passage's entity mentions as a JSON array, with the text each covers.
    package static func entities(_ record: PassageRecord) -> String {
        let text = Array(record.text.utf8)
        return "[" + record.mentions.map { m in
            var e = JSONObject()
            e.add("kind", m.kind.rawValue)
            e.add("subkind", m.subkind)
            e.add("id", m.id)
            e.add("name", m.name)
            let range = m.range.clamped(to: 0..<text.count)
            e.add("text", String(decoding: text[range], as: UTF8.self))
            e.add("start", m.range.lowerBound)
            e.add("end", m.range.upperBound)
            e.add("alias", m.alias)
            return e.text
        }.joined(separator: ",") + "]"
    }

    /// `--facets`: one object per entity, after the hits, told apart by its
    /// `facet` field (the entity's kind).
    package func render(_ facet: EntityFacet) -> String {
        var o = JSONObject()
        o.add("schema", Self.schemaVersion)
        o.add("facet", facet.kind.rawValue)
        o.add("id", facet.id)
        o.add("name", facet.name)
        o.add("count", facet.count)
        return o.text + "\n"
    }

    /// `passim entities --json`: the entity, its count and an example passage.
    package func render(_ listing: EntityListing) -> String {
        var o = JSONObject()
        o.add("schema", Self.schemaVersion)
        o.add("kind", listing.entity.kind.rawValue)
        o.add("id", listing.entity.id)
        o.add("name", listing.entity.name)
        o.add("count", listing.entity.count)
        if let hit = listing.example {
            var e = JSONObject()
            e.add(path: hit.path)
            e.add("line", hit.record.line)
            e.add("passage", hit.record.ordinal)
            e.add("snippet", hit.snippet.text)
            e.add("highlights", ranges: hit.snippet.highlights)
            o.addRaw("example", e.text)
        }
        return o.text + "\n"
    }
}
