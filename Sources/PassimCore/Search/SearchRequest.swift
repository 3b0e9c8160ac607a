/// What the user asked for.
public struct SearchRequest: Sendable {
    public var query: String
    public var limit = 10
    public var offset = 0
    /// Passages shown per article; 0 shows them all.
    public var perArticle = Tuning.passagesPerArticle

    public init(query: String) { self.query = query }
}
