import Xapian
import PassimEntities
import PassimSupport

/// Runs searches over one index, or several searched as one: compiles the
/// query, then runs the passes the request needs — top hits, match count,
/// per-article counts, facets, suggestion, explain — each in its own file.
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

    /// The exact number of passages matching `text` (dated within `dates`).
    package func count(_ text: String, dates: DateRange? = nil) throws(PassimError) -> Int {
        try sources.reading { database throws(PassimError) in
            let parsed = try UserQuery.parse(text, database: database).query
            return try withPassimErrors(index: indexPath) { () throws(XapianError) in
                try MatchCount.exact(try CompiledQuery.restricted(parsed, to: dates), in: database)
            }
        }
    }

    package func search(_ request: SearchRequest) throws(PassimError) -> SearchResult {
        let options = TopHits.options(for: request)
        let (compiled, hits, counts, more) = try sources.reading { database throws(PassimError) in
            let compiled = try CompiledQuery.compile(request, options: options, in: database, index: indexPath)
            let (hits, results) = try TopHits.run(compiled.final, options: options, in: database, index: indexPath)
            return try withPassimErrors(index: indexPath) { () throws(XapianError) in
                let counts = try MatchCount.counts(of: compiled.final, seen: results, in: database)
                var more: [String: Int] = [:]
                if request.perArticle > 0, !hits.isEmpty {
                    more = try ArticleCounts.matching(compiled.final, in: hits.map(\.record.article), database: database)
                }
                return (compiled, hits, counts, more)
            }
        }
        var result = SearchResult(hits: [], matchingPassages: Int(clamping: counts.estimated),
                                  exact: counts.isExact, suggestion: nil,
                                  warnings: leftOut.map { "left out, unreachable: \($0)" } + compiled.parsed.warnings)
        let filters = try withPassimErrors(index: indexPath) { () throws(XapianError) in
            try EntitySnippets.filters(of: compiled.parsed.query)
        }
        let here = FileSystem.currentDirectory()
        for hit in hits {
            let moreInArticle = request.perArticle > 0 ? max(0, (more[hit.articleKey] ?? 0) - request.perArticle) : 0
            result.hits.append(try searchHit(hit, filters: filters, moreInArticle: moreInArticle, here: here,
                                             explaining: request.explain ? (compiled.ranked, options) : nil))
        }
        if request.contextBefore > 0 || request.contextAfter > 0 {
            let context = try sources.reading { database throws(PassimError) in
                try withPassimErrors(index: indexPath) { () throws(XapianError) in
                    try PassageContext.around(result.hits.map(\.record), before: request.contextBefore,
                                              after: request.contextAfter, in: database)
                }
            }
            // A passage shown as a hit is not repeated as another hit's context.
            let shown = Set(result.hits.map { PassageContext.term($0.record.article, $0.record.ordinal) })
            func notShown(_ r: PassageRecord) -> Bool { !shown.contains(PassageContext.term(r.article, r.ordinal)) }
            for (i, around) in context.enumerated() {
                result.hits[i].contextBefore = around.before.filter(notShown)
                result.hits[i].contextAfter = around.after.filter(notShown)
            }
        }
        if request.facets {
            result.facets = try sources.reading { database throws(PassimError) in
                try withPassimErrors(index: indexPath) { () throws(XapianError) in
                    try EntityFacets.count(compiled.filtered, in: database)
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

    /// A hit as printers show it: its path for the user, its snippet, and,
    /// when asked, what its score is made of.
    private func searchHit(_ hit: TopHits.Hit, filters: [(EntityKind, String)], moreInArticle: Int, here: String,
                           explaining: (RankedQuery, SearchOptions)?) throws(PassimError) -> SearchHit {
        var snippet = Snippet(marked: hit.marked, start: 1, end: 2)
        // A query of entity filters only has no words to centre on: show
        // where the passage names the entities.
        if snippet.highlights.isEmpty, !filters.isEmpty {
            snippet = EntitySnippets.snippet(of: hit.record, naming: filters) ?? snippet
        }
        var explanation: [ScorePart]?
        if let (ranked, options) = explaining {
            explanation = try sources.reading { database throws(PassimError) in
                try withPassimErrors(index: indexPath) { () throws(XapianError) in
                    try ScoreExplanation.parts(of: hit.record, ranked, options: options, in: database)
                }
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
