import ArgumentParser
import PassimIndex
import PassimOutput
import PassimSupport

/// The other views of a search: per article (`--articles`), and tables for
/// spreadsheets (`--csv`, `--tsv`).
struct ViewOptions: ParsableArguments {
    @Flag(help: "One entry per article: path, date, matching passages, title, and its best passage's snippet. With --count, count articles.")
    var articles = false

    @Flag(help: "A CSV table, one row per passage: path, line, date, date_source, title, score, text, actors, weapons, places.")
    var csv = false

    @Flag(help: "The same table as TSV.")
    var tsv = false

    @Flag(help: "From inside a sub-folder of the corpus, search the whole index (by default only below the current folder, as git grep does).")
    var wholeIndex = false

    var table: TableWriter.Format? { csv ? .csv : tsv ? .tsv : nil }

    /// The sub-folder of the corpus the search is run from, relative to its
    /// root; nil at the root, outside the corpus, with --index or --whole-index.
    func scope(searcher: Searcher, indexGiven: Bool) throws -> String? {
        guard !wholeIndex, !indexGiven else { return nil }
        let root = searcher.corpusRoot, here = FileSystem.currentDirectory()
        // By bytes, not Characters (see FileSystem.relative).
        let below = FileSystem.relative(here, to: root)
        guard root.hasPrefix("/"), below != here, below != "." else { return nil }
        // Inside the index folder itself there is no article to scope to.
        if below == IndexLocation.folderName || below.hasPrefix(IndexLocation.folderName + "/") { return nil }
        return below
    }
}
