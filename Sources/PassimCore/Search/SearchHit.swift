/// One passage found by a search: what every printer shows.
public struct SearchHit: Sendable {
    /// 1-based, over the whole result (not just this page).
    public var rank: Int
    public var score: Double
    public var record: PassageRecord
    /// The file's path for the user: relative to the current directory when
    /// inside it, absolute otherwise.
    public var path: String
    public var snippet: Snippet
    /// Other matching passages of the same article not shown (a lower bound).
    public var moreInArticle: Int
}

/// A window of a passage's text with the query's words marked.
public struct Snippet: Sendable, Equatable {
    public var text: String
    /// UTF-8 byte ranges of `text` to highlight, in order, not overlapping.
    public var highlights: [Range<Int>]

    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }

    /// Parses text where highlights are wrapped in `start` and `end` bytes.
    init(marked: String, start: UInt8, end: UInt8) {
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
public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// Passages matching, before folding per article; exact when `exact`.
    public var matchingPassages: Int
    public var exact: Bool
    /// A corrected query when the original found nothing or very little.
    public var suggestion: String?
    /// Notes for the user about how the query was understood.
    public var warnings: [String] = []
}
