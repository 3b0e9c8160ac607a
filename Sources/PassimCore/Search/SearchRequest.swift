/// What the user asked for.
public struct SearchRequest: Sendable {
    public var query: String
    public var limit = 10
    public var offset = 0
    /// Passages shown per article; 0 shows them all.
    public var perArticle = Tuning.passagesPerArticle
    /// Pseudo-relevance feedback: true or false forces it; nil lets long
    /// free-text queries have it (see Ranking).
    public var feedback: Bool? = nil
    /// Say what each hit's score is made of.
    public var explain = false
    /// Count the entities named in all matching passages.
    public var facets = false
    /// Keep only articles dated within these days (`--since`, `--until`).
    public var dates: DateRange? = nil
    /// Best match first, or newest first (`--sort date`).
    public var order = SearchOrder.relevance

    public init(query: String) { self.query = query }
}
