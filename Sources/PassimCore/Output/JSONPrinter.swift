/// `--json`: one JSON object per hit, one per line (NDJSON). Fed the same
/// hits as the human printer, so the two never disagree on what matched.
public struct JSONPrinter {
    /// Bumped when a field changes meaning or disappears; new fields may be added.
    public static let schemaVersion = 1

    public init() {}

    public func render(_ hit: SearchHit) -> String {
        var o = JSONObject()
        o.add("schema", Self.schemaVersion)
        o.add("rank", hit.rank)
        o.add("score", hit.score)
        o.add("path", hit.path)
        o.add("line", hit.record.line)
        o.add("start", hit.record.start)
        o.add("end", hit.record.end)
        o.add("title", hit.record.title)
        o.add("date", hit.record.date.isEmpty ? nil : hit.record.date)
        o.add("article", hit.record.article.description)
        o.add("passage", hit.record.ordinal)
        o.add("more_in_article", hit.moreInArticle)
        o.add("text", hit.record.text)
        o.add("snippet", hit.snippet.text)
        o.add("highlights", ranges: hit.snippet.highlights)
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
}
