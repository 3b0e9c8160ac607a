import PassimEntities
import PassimText
/// What each passage document stores, so that search never re-reads files.
/// Encoded compactly (a version byte, then LEB128 numbers and
/// length-prefixed strings); Xapian compresses it further.
package struct PassageRecord: Sendable, Equatable {
    package var article: ArticleID
    package var ordinal: Int
    /// Path relative to the corpus root, '/'-separated.
    package var relativePath: String
    package var title: String
    /// "YYYY-MM-DD" or "" when unknown.
    package var date: String
    /// Whether the article states `date` or it is its file's modification day.
    package var dateSource: DateSource
    package var line: Int
    /// The page where the passage starts, in a paged format (PDF).
    package var page: Int?
    /// Byte range of the passage in the source file.
    package var start: Int
    package var end: Int
    package var text: String
    /// The entities mentioned, with byte ranges in `text`.
    package var mentions: [EntityMention]

    package init(article: ArticleID, ordinal: Int, relativePath: String, title: String, date: String,
                line: Int, start: Int, end: Int, text: String, mentions: [EntityMention] = [],
                dateSource: DateSource = .metadata, page: Int? = nil) {
        self.dateSource = dateSource
        self.page = page
        self.mentions = mentions
        self.article = article
        self.ordinal = ordinal
        self.relativePath = relativePath
        self.title = title
        self.date = date
        self.line = line
        self.start = start
        self.end = end
        self.text = text
    }

    /// 3: the date's source and the page; 4: each source told apart.
    package static let formatVersion: UInt8 = 4

    /// The byte that stands for each date source in a record; never renumbered.
    package static let dateSourceCodes: [DateSource: UInt8] = [
        .metadata: 0, .modified: 1, .name: 2, .dateline: 3, .sidecar: 4,
    ]

    package func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + relativePath.utf8.count + title.utf8.count + 40)
        out.append(Self.formatVersion)
        out.appendNumber(article.value)
        out.appendNumber(UInt64(ordinal))
        out.appendString(relativePath)
        out.appendString(title)
        out.appendString(date)
        out.append(Self.dateSourceCodes[dateSource] ?? 0)
        out.appendNumber(UInt64(line))
        out.appendNumber(UInt64(page ?? 0))
        out.appendNumber(UInt64(start))
        out.appendNumber(UInt64(end - start))
        out.appendString(text)
        out.appendNumber(UInt64(mentions.count))
        for m in mentions {
            out.appendString(m.kind.rawValue)
            out.appendString(m.id)
            out.appendString(m.subkind)
            out.appendString(m.name)
            out.appendNumber(UInt64(m.range.lowerBound))
            out.appendNumber(UInt64(m.range.count))
            out.appendString(m.alias ?? "")
        }
        return out
    }

    /// Nil when the bytes are not a record this version understands.
    package init?(decoding bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.byte() == Self.formatVersion,
              let article = reader.number(), let ordinal = reader.number(),
              let path = reader.string(), let title = reader.string(), let date = reader.string(),
              let code = reader.byte(), let source = Self.dateSourceCodes.first(where: { $0.value == code })?.key,
              let line = reader.number(), let page = reader.number(),
              let start = reader.number(), let length = reader.number(),
              let text = reader.string(), let count = reader.number(), count < 1 << 20
        else { return nil }
        var mentions: [EntityMention] = []
        for _ in 0..<count {
            guard let kind = reader.string().flatMap(EntityKind.init(rawValue:)), let id = reader.string(),
                  let subkind = reader.string(), let name = reader.string(), let start = reader.number(),
                  let length = reader.number(), let alias = reader.string() else { return nil }
            mentions.append(EntityMention(id: id, kind: kind, subkind: subkind, name: name,
                                          range: Int(start)..<Int(start + length), alias: alias.isEmpty ? nil : alias))
        }
        self.init(article: ArticleID(value: article), ordinal: Int(ordinal), relativePath: path, title: title,
                  date: date, line: Int(line), start: Int(start), end: Int(start + length), text: text,
                  mentions: mentions, dateSource: source, page: page == 0 ? nil : Int(page))
    }
}

extension [UInt8] {
    package mutating func appendNumber(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        append(UInt8(v))
    }

    package mutating func appendString(_ s: String) {
        appendNumber(UInt64(s.utf8.count))
        append(contentsOf: s.utf8)
    }
}

package struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    package mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    package mutating func number() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let b = byte() {
            guard shift < 64 else { return nil }
            value |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    package mutating func string() -> String? {
        guard let n = number(), n <= UInt64(bytes.count - position) else { return nil }
        let end = position + Int(n)
        defer { position = end }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }
}
