import PassimEntities
/// One passage found by a search: what every printer shows.
package struct SearchHit: Sendable {
    /// 1-based, over the whole result (not just this page).
    package var rank: Int
    package var score: Double
    package var record: PassageRecord
    /// The file's path for the user: relative to the current directory when
    /// inside it, absolute otherwise.
    package var path: String
    package var snippet: Snippet
    /// Other matching passages of the same article not shown (a lower bound).
    package var moreInArticle: Int
    /// With `--explain`: the parts the score is made of.
    package var explanation: [ScorePart]? = nil
    /// With `-B`/`-A`/`-C`: the article's passages just before and after this one.
    package var contextBefore: [PassageRecord] = []
    package var contextAfter: [PassageRecord] = []
}

/// One part of a hit's score, in words.
package struct ScorePart: Sendable, Equatable {
    package var label: String
    package var weight: Double
}

/// A window of a passage's text with the query's words marked.
package struct Snippet: Sendable, Equatable {
    package var text: String
    /// UTF-8 byte ranges of `text` to highlight, in order, not overlapping.
    package var highlights: [Range<Int>]

    package init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }

    /// About `length` bytes of `text` around the byte range `focus`, cut at
    /// spaces, with `…` where cut and `highlights` (ranges of `text`) kept.
    package static func around(_ focus: Range<Int>, in text: String, length: Int, highlights: [Range<Int>]) -> Snippet {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return Snippet(text: "", highlights: []) }
        let focus = focus.clamped(to: 0..<bytes.count)
        let room = max(0, length - focus.count) / 2
        var start = max(0, focus.lowerBound - room), end = min(bytes.count, focus.upperBound + room)
        while start > 0, start < focus.lowerBound, bytes[start - 1] != 0x20 { start += 1 }
        while end < bytes.count, end > focus.upperBound, bytes[end] != 0x20 { end -= 1 }
        let prefix = start > 0 ? "…" : "", suffix = end < bytes.count ? "…" : ""
        let shift = prefix.utf8.count - start
        let kept = highlights.compactMap { h -> Range<Int>? in
            let c = h.clamped(to: start..<end)
            return c.isEmpty ? nil : (c.lowerBound + shift)..<(c.upperBound + shift)
        }
        return Snippet(text: prefix + String(decoding: bytes[start..<end], as: UTF8.self) + suffix, highlights: kept)
    }

    /// Parses text where highlights are wrapped in `start` and `end` bytes.
    package init(marked: String, start: UInt8, end: UInt8) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(marked.utf8.count)
        var highlights: [Range<Int>] = []
        var open: Int?
        for byte in marked.utf8 {
            if byte == start {
                open = bytes.count
            } else if byte == end {
                if let o = open, o < bytes.count { highlights.append(o..<bytes.count) }
                open = nil
            } else {
                bytes.append(byte)
            }
        }
        self.init(text: String(decoding: bytes, as: UTF8.self), highlights: highlights)
    }
}

/// The answer to one search.
package struct SearchResult: Sendable {
    package var hits: [SearchHit]
    /// Passages matching, before folding per article; exact when `exact`.
    package var matchingPassages: Int
    package var exact: Bool
    /// A corrected query when the original found nothing or very little.
    package var suggestion: String?
    /// Notes for the user about how the query was understood.
    package var warnings: [String] = []
    /// With `facets`: the entities named in all matching passages, most first.
    package var facets: [EntityFacet] = []
}

/// An entity and how many passages name it.
package struct EntityFacet: Sendable, Equatable {
    package var kind: EntityKind
    package var id: String
    package var name: String
    package var count: Int

    package init(kind: EntityKind, id: String, name: String, count: Int) {
        self.kind = kind
        self.id = id
        self.name = name
        self.count = count
    }

    /// From the entity value of a passage: "kind<TAB>id<TAB>name".
    package init?(line: String, count: Int) {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let kind = EntityKind(rawValue: String(fields[0])) else { return nil }
        self.init(kind: kind, id: String(fields[1]), name: String(fields[2]), count: count)
    }
}

/// An entity, how many passages name it, and one that does.
package struct EntityListing: Sendable {
    package var entity: EntityFacet
    package var example: SearchHit?
}
