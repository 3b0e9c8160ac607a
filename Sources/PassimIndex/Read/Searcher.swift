import Xapian
import PassimEntities
import PassimSupport

/// Runs searches over one index, or several searched as one: compiles the
/// query, then runs the passes the request needs — top hits, match count,
/// per-article counts, facets, suggestion, explain — each in its own file.
/// Every pass of a request runs the same compiled query, so what is counted,
/// listed and faceted is one set of matches, whatever the output.
package final class Searcher {
    let sources: SourceSet

    /// The first index searched (as given).
    package var indexPath: String { sources.indexPath }
    /// The folder the first index was made from; its hits' paths are relative to it.
    package var corpusRoot: String { sources.corpusRoot }
    /// Sources that could not be reached and were left out (with --allow-partial).
    package var leftOut: [String] { sources.leftOut }

    package convenience init(indexPath: String) throws(PassimError) {
        try self.init(sources: [try IndexSource(indexPath)])
    }

    /// `timeout`: seconds to wait for a remote index; `allowPartial`: search
    /// the rest when one cannot be reached, with a warning, instead of failing.
    package init(sources: [IndexSource], timeout: Double = Tuning.remoteTimeout, allowPartial: Bool = false) throws(PassimError) {
        self.sources = try SourceSet(sources, timeout: timeout, allowPartial: allowPartial)
    }

    /// The exact number of passages `request` matches: the set its search
    /// lists, feedback's matches included when the query gets feedback.
    /// `warnings` hears what the query's parse noted (a narrowed wildcard).
    package func count(_ request: SearchRequest, warnings: (String) -> Void = { _ in }) throws(PassimError) -> Int {
        try sources.reading { database throws(PassimError) in
            let compiled = try CompiledQuery.compile(request, options: TopHits.options(for: request), in: database,
                                                     index: indexPath)
            compiled.parsed.warnings.forEach(warnings)
            return try withPassimErrors(index: indexPath) { () throws(XapianError) in
                try MatchCount.exact(compiled.final, in: database)
            }
        }
    }

    /// The hits of `request`, all at once (for a page that a printer lays out whole).
    package func search(_ request: SearchRequest) throws(PassimError) -> SearchResult {
        var hits: [SearchHit] = []
        var result = try search(request) { hits.append($0) }
        result.hits = hits
        return result
    }

    /// Runs `request`, handing each hit to `emit` as soon as its page is read,
    /// best first: a result of any length streams in time linear in its
    /// length and in memory bounded by a page of passages (Xapian keeps only
    /// each match's id, weight and keys). The result returned holds no hits.
    package func search(_ request: SearchRequest, pageSize: Int = TopHits.pageSize,
                        emit: (SearchHit) -> Void) throws(PassimError) -> SearchResult {
        let options = TopHits.options(for: request)
        var emitted = 0
        let (compiled, counts) = try sources.reading { database throws(PassimError) in
            let compiled = try CompiledQuery.compile(request, options: options, in: database, index: indexPath)
            let results = try TopHits.results(compiled.final, options: options, in: database, index: indexPath)
            // A retry after a writer's commit resumes after what was already handed on.
            try streamHits(of: results, from: emitted, request, compiled, options, pageSize: pageSize, in: database) {
                emit($0)
                emitted += 1
            }
            let counts = try withPassimErrors(index: indexPath) { () throws(XapianError) in
                try MatchCount.counts(of: compiled.final, seen: results, in: database)
            }
            return (compiled, counts)
        }
        var result = SearchResult(hits: [], matchingPassages: Int(clamping: counts.estimated),
                                  exact: counts.isExact, suggestion: nil,
                                  warnings: leftOut.map { "left out, unreachable: \($0)" } + compiled.parsed.warnings)
        if request.facets {
            result.facets = try sources.reading { database throws(PassimError) in
                try withPassimErrors(index: indexPath) { () throws(XapianError) in
                    try EntityFacets.count(compiled.final, in: database)
                }
            }
        }
        if Suggestion.isWanted(found: result.matchingPassages) {
            result.suggestion = try sources.reading { database throws(PassimError) in
                try Suggestion.better(than: result.matchingPassages, for: request.query, dates: request.dates,
                                      in: database, index: indexPath)
            }
        }
        return result
    }

    /// The hits of `results` from position `start` on, a page at a time:
    /// each page read, its articles' matches counted, then handed on.
    private func streamHits(of results: SearchResults, from start: Int, _ request: SearchRequest,
                            _ compiled: CompiledQuery, _ options: SearchOptions, pageSize: Int,
                            in database: Database, emit: (SearchHit) -> Void) throws(PassimError) {
        let filters = try withPassimErrors(index: indexPath) { () throws(XapianError) in
            try EntitySnippets.filters(of: compiled.parsed.query)
        }
        let here = FileSystem.currentDirectory()
        // A list of several pages counts every article's matches in one pass.
        let everyArticle = request.perArticle > 0 && results.count > pageSize
            ? try withPassimErrors(index: indexPath) { () throws(XapianError) in
                try ArticleCounts.everyArticle(compiled.final, database: database)
            } : nil
        var next = start
        while next < results.count {
            let page = next..<min(results.count, next + max(1, pageSize))
            let hits = try TopHits.hits(page, of: results, snippets: request.snippets, index: indexPath)
            var more = everyArticle ?? [:]
            if request.perArticle > 0, everyArticle == nil {
                more = try withPassimErrors(index: indexPath) { () throws(XapianError) in
                    try ArticleCounts.matching(compiled.final, in: hits.map(\.record.article), database: database)
                }
            }
            let context = try withPassimErrors(index: indexPath) { () throws(XapianError) in
                try PassageContext.around(hits.map(\.record), before: request.contextBefore,
                                          after: request.contextAfter, in: database)
            }
            // A passage shown as a hit of the page is not repeated as another's context.
            let shown = Set(hits.map { PassageContext.term($0.record.article, $0.record.ordinal) })
            let notShown = { (r: PassageRecord) in !shown.contains(PassageContext.term(r.article, r.ordinal)) }
            for (hit, around) in zip(hits, context) {
                let moreInArticle = request.perArticle > 0 ? max(0, (more[hit.articleKey] ?? 0) - request.perArticle) : 0
                var shownHit = try searchHit(hit, filters: request.snippets ? filters : [], moreInArticle: moreInArticle,
                                             here: here, explaining: request.explain ? (compiled.ranked, options) : nil,
                                             in: database)
                shownHit.contextBefore = around.before.filter(notShown)
                shownHit.contextAfter = around.after.filter(notShown)
                emit(shownHit)
            }
            next = page.upperBound
        }
    }

    /// A hit as printers show it: its path for the user, its snippet, and,
    /// when asked, what its score is made of.
    private func searchHit(_ hit: TopHits.Hit, filters: [(EntityKind, String)], moreInArticle: Int, here: String,
                           explaining: (RankedQuery, SearchOptions)?, in database: Database) throws(PassimError) -> SearchHit {
        var snippet = Snippet(marked: hit.marked, start: 1, end: 2)
        // A query of entity filters only has no words to centre on: show
        // where the passage names the entities.
        if snippet.highlights.isEmpty, !filters.isEmpty {
            snippet = EntitySnippets.snippet(of: hit.record, naming: filters) ?? snippet
        }
        var explanation: [ScorePart]?
        if let (ranked, options) = explaining {
            explanation = try withPassimErrors(index: indexPath) { () throws(XapianError) in
                try ScoreExplanation.parts(of: hit.record, ranked, options: options, in: database)
            }
        }
        return SearchHit(rank: hit.rank + 1, score: hit.weight, record: hit.record,
                         path: sources.path(of: hit.record, documentID: hit.documentID, here: here),
                         snippet: snippet, moreInArticle: moreInArticle, explanation: explanation)
    }

    package static var bm25: SearchOptions.BM25 {
        var bm25 = SearchOptions.BM25()
        (bm25.k1, bm25.k2, bm25.k3, bm25.b, bm25.minNormalizedLength) = Tuning.bm25
        return bm25
    }
}
