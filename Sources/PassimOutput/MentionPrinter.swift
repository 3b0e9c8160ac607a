import PassimEntities
/// Entity mentions as NDJSON, one object per mention (`passim tag`):
/// kind, subkind, id, name, text (as written), start, end (UTF-8 byte offsets
/// in the input, end exclusive), alias (the gazetteer name that matched, or null).
package enum MentionPrinter {
    /// The line for `mention`, found in `text` at byte offset `offset`, without a newline.
    package static func line(_ mention: EntityMention, in text: [UInt8], offset: Int = 0) -> String {
        var object = JSONObject()
        object.add("kind", mention.kind.rawValue)
        object.add("subkind", mention.subkind)
        object.add("id", mention.id)
        object.add("name", mention.name)
        let range = mention.range.clamped(to: 0..<text.count)
        object.add("text", String(decoding: text[range], as: UTF8.self))
        object.add("start", mention.range.lowerBound + offset)
        object.add("end", mention.range.upperBound + offset)
        object.add("alias", mention.alias)
        return object.text
    }
}
