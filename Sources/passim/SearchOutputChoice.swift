import ArgumentParser
import PassimIndex
import PassimOutput

extension SearchCommand {
    /// The one output mode the flags ask for; flags that cannot go together
    /// are a usage error, named here and nowhere else.
    func resolvedOutput() throws -> SearchOutput {
        guard [count, files, json, vimgrep, views.csv, views.tsv].filter({ $0 }).count <= 1 else {
            throw ValidationError("choose one of --count, --files, --json, --vimgrep, --csv and --tsv")
        }
        if views.articles, files || vimgrep || views.table != nil {
            throw ValidationError("--articles goes with the default view, --json or --count")
        }
        if null && !files { throw ValidationError("-0 goes with --files") }
        if count { return .count(articles: views.articles) }
        if files { return .files(nullTerminated: null) }
        if vimgrep { return .vimgrep }
        if let format = views.table { return .table(format) }
        if json { return views.articles ? .articlesJSON : .json }
        return views.articles ? .articles : .passages
    }

    /// The printer of `output`, set up for this terminal and these flags.
    func printer(for output: SearchOutput, searcher: Searcher) -> any SearchPrinter {
        let style = Style(enabled: Terminal.useColor(color, fd: 1))
        switch output {
        case .json: return JSONPrinter()
        case .files(let nullTerminated): return FilesPrinter(nullTerminated: nullTerminated,
                                                             forTerminal: Terminal.isTerminal(1))
        case .vimgrep: return VimgrepPrinter(corpusRoot: searcher.corpusRoot)
        case .table(let format): return HitTablePrinter(format)
        case .articles: return ArticleListPrinter(style: style, width: Terminal.width(1))
        case .articlesJSON: return ArticleListJSONPrinter()
        case .passages, .count:
            // A count prints no hit; the command answers it before searching.
            return PagedPrinter(HumanPrinter(style: style, width: Terminal.width(1)),
                                showsFacets: facets, usesPager: !noPager)
        }
    }
}
