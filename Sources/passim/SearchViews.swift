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

    var table: TableWriter.Format? { csv ? .csv : tsv ? .tsv : nil }
}

extension SearchCommand {
    /// Prints `result` in the chosen view; false when the view is another one.
    func printView(_ result: SearchResult, to out: OutputStream) -> Bool {
        if let format = views.table {
            let printer = HitTablePrinter(format)
            out.write(printer.header)
            for hit in result.hits { out.write(printer.render(hit)) }
            return true
        }
        guard views.articles else { return false }
        if json {
            for hit in result.hits { out.write(ArticleListPrinter.json(hit)) }
            return true
        }
        let printer = ArticleListPrinter(style: Style(enabled: Terminal.useColor(color, fd: 1)), width: Terminal.width(1))
        out.write(result.hits.map(printer.render).joined())
        return true
    }
}
