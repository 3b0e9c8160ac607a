/// What `passim stats` reports about an index.
public struct IndexStatistics: Sendable {
    public var indexPath: String
    public var corpusRoot: String
    public var articles: Int
    public var passages: Int
    /// Distinct unstemmed words.
    public var distinctWords: Int
    /// Distinct stemmed terms.
    public var stemmedTerms: Int
    public var indexBytes: Int64
    /// Seconds since the epoch of the last `passim index`, 0 when unknown.
    public var lastUpdated: Int
    public var shards: Int
}
