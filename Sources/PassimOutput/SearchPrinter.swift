import PassimIndex
import PassimSupport

/// One form of `passim search` output. Every form is fed the same hits in the
/// same order, so none can disagree on what matched: the command picks one
/// from the `SearchOutput` and calls `begin`, `write` per hit, then `finish`.
package protocol SearchPrinter {
    /// What comes before the first hit (a table's header).
    mutating func begin(to out: OutputStream)
    /// One hit, as soon as it is read.
    mutating func write(_ hit: SearchHit, to out: OutputStream)
    /// What comes after the hits (the facet counts), once the search is done.
    mutating func finish(_ result: SearchResult, to out: OutputStream)
}

extension SearchPrinter {
    package mutating func begin(to out: OutputStream) {}
    package mutating func finish(_ result: SearchResult, to out: OutputStream) {}
}

extension JSONPrinter: SearchPrinter {
    package func write(_ hit: SearchHit, to out: OutputStream) { out.write(render(hit)) }

    package func finish(_ result: SearchResult, to out: OutputStream) {
        for facet in result.facets { out.write(render(facet)) }
    }
}

extension FilesPrinter: SearchPrinter {
    package mutating func write(_ hit: SearchHit, to out: OutputStream) {
        if let line = render(hit) { out.write(line) }
    }
}

extension VimgrepPrinter: SearchPrinter {
    package func write(_ hit: SearchHit, to out: OutputStream) {
        out.write(render(hit, at: SourcePosition.firstMatch(of: hit, corpusRoot: corpusRoot)))
    }
}

extension HitTablePrinter: SearchPrinter {
    package func begin(to out: OutputStream) { out.write(header) }
    package func write(_ hit: SearchHit, to out: OutputStream) { out.write(render(hit)) }
}

extension ArticleListPrinter: SearchPrinter {
    package func write(_ hit: SearchHit, to out: OutputStream) { out.write(render(hit)) }
}

/// `--articles --json`: one object per article, streamed.
package struct ArticleListJSONPrinter: SearchPrinter {
    package init() {}
    package func write(_ hit: SearchHit, to out: OutputStream) { out.write(ArticleListPrinter.json(hit)) }
}
