/// A stable id for an article: FNV-1a of its path relative to the corpus
/// root, in hex, so the same file always replaces its own passages.
public struct ArticleID: Hashable, Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    public init(relativePath bytes: [UInt8]) { value = FNV1a.hash(bytes) }

    /// 16 lower-case hex digits.
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public init?(hex: String) {
        guard hex.utf8.count == 16, let v = UInt64(hex, radix: 16) else { return nil }
        value = v
    }
}
