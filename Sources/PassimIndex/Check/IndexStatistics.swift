/// What `passim stats` reports about an index.
package struct IndexStatistics: Sendable {
    package var indexPath: String
    package var corpusRoot: String
    package var articles: Int
    package var passages: Int
    /// Distinct unstemmed words.
    package var distinctWords: Int
    /// Distinct stemmed terms.
    package var stemmedTerms: Int
    package var indexBytes: Int64
    /// Seconds since the epoch of the last `passim index`, 0 when unknown.
    package var lastUpdated: Int
    package var shards: Int
}
