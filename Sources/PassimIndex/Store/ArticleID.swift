import PassimSupport
/// A stable id for an article: FNV-1a of its path relative to the corpus
/// root, in hex, so the same file always replaces its own passages.
package struct ArticleID: Hashable, Sendable, CustomStringConvertible {
    package let value: UInt64

    package init(value: UInt64) { self.value = value }

    package init(relativePath bytes: [UInt8]) { value = FNV1a.hash(bytes) }

    /// 16 lower-case hex digits.
    package var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    package init?(hex: String) {
        guard hex.utf8.count == 16, let v = UInt64(hex, radix: 16) else { return nil }
        value = v
    }
}
