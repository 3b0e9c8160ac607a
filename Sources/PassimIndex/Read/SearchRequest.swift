import PassimSupport
/// What the user asked for.
package struct SearchRequest: Sendable {
    package var query: String
    package var limit = 10
    package var offset = 0
    /// Passages shown per article; 0 shows them all.
    package var perArticle = Tuning.passagesPerArticle
    /// Pseudo-relevance feedback: true or false forces it; nil lets long
    /// free-text queries have it (see Ranking).
    package var feedback: Bool? = nil
    /// Say what each hit's score is made of.
    package var explain = false
    /// Count the entities named in all matching passages.
    package var facets = false
    /// Keep only articles dated within these days (`--since`, `--until`).
    package var dates: DateRange? = nil
    /// Best match first, or newest first (`--sort date`).
    package var order = SearchOrder.relevance
    /// Cut a snippet for each hit; without, hits carry an empty one (`--files` shows only paths).
    package var snippets = true

    /// Passages of context shown before and after each hit (`-B`, `-A`, `-C`).
    package var contextBefore = 0, contextAfter = 0

    /// Only articles below this folder (relative to the corpus root, '/'-separated):
    /// a search run from inside a sub-folder of the corpus covers that sub-folder.
    package var scope: String? = nil

    package init(query: String) { self.query = query }
}
