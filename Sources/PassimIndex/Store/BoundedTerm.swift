import PassimSupport

extension IndexSchema {
    /// Xapian's limit on the length of a term, in bytes.
    package static let maxTermBytes = 245

    /// `prefix` + `value` as one term; when that is longer than Xapian
    /// allows (a folder path of 250 characters), the value's start and a
    /// hash of all of it, so that each value still has a term of its own.
    package static func boundedTerm(_ prefix: String, _ value: String) -> String {
        let term = prefix + value
        guard term.utf8.count > maxTermBytes else { return term }
        let hash = "#" + ArticleID(value: FNV1a.hash(Array(value.utf8))).description
        var keep = maxTermBytes - prefix.utf8.count - hash.utf8.count
        let bytes = Array(value.utf8)
        // Cut on a character boundary: never before a continuation byte.
        while keep > 0, bytes[keep] & 0xC0 == 0x80 { keep -= 1 }
        return prefix + String(decoding: bytes[..<keep], as: UTF8.self) + hash
    }
}
