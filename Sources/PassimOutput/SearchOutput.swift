/// What `passim search` prints, chosen once from its flags: each case is one
/// printer, except the count, which prints no hit at all.
package enum SearchOutput: Equatable, Sendable {
    /// The default: each passage with its heading and snippet, through the pager.
    case passages
    /// `--json`: one object per passage (NDJSON).
    case json
    /// `--files`: each matching article's path once; `-0` ends them with NUL.
    case files(nullTerminated: Bool)
    /// `--vimgrep`: path:line:column:snippet, for editors.
    case vimgrep
    /// `--csv` / `--tsv`: a table, a row per passage.
    case table(TableWriter.Format)
    /// `--articles`: one entry per article.
    case articles
    /// `--articles --json`: one object per article.
    case articlesJSON
    /// `--count`: the number of matching passages, or with `--articles` of articles.
    case count(articles: Bool)

    /// Whether the hits are printed as they are read (machine output) and the
    /// totals line left out; the default view lays out its page whole.
    package var isMachineReadable: Bool { self != .passages }
}
