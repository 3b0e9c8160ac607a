import Xapian
import PassimSupport

/// The ranking pass: the page of hits the request asks for, best first (or
/// newest first), at most `perArticle` per article, each decoded once.
package enum TopHits {
    /// One passage found, as Xapian ranked it.
    package struct Hit {
        package var documentID: UInt32
        /// 0-based, over the whole result.
        package var rank: Int
        package var weight: Double
        package var record: PassageRecord
        /// Xapian's snippet of the passage: the query's words between \u{1} and \u{2}.
        package var marked: String
        /// The article's collapse key (its corpus and id).
        package var articleKey: String
    }

    /// The options of the ranking pass for `request`.
    package static func options(for request: SearchRequest) -> SearchOptions {
        var options = SearchOptions()
        options.offset = UInt32(clamping: request.offset)
        options.limit = UInt32(clamping: request.limit)
        // Examine only what the page needs: the count is exact when small, estimated when large.
        options.checkAtLeast = UInt32(clamping: request.offset + request.limit)
        options.bm25 = Searcher.bm25
        if request.perArticle > 0 {
            options.collapseSlot = IndexSchema.articleSlot
            options.collapseMax = UInt32(clamping: request.perArticle)
        }
        if let slot = request.order.sortSlot {
            // By date, by relevance within a day; undated articles last (see DateOrderKeys).
            options.sortSlot = slot
            options.sortDescending = true
        }
        return options
    }

    /// Hits are read, counted per article and handed on this many at a
    /// time: a long result never holds more than a page of passages.
    package static let pageSize = 500

    /// Runs `query`. The results hold each hit's id, weight and keys; the
    /// passages are read page by page with `hits(_:of:)`.
    package static func results(_ query: Query, options: SearchOptions, in database: Database,
                                index: String) throws(PassimError) -> SearchResults {
        try withPassimErrors(index: index) { () throws(XapianError) in try database.search(query, options: options) }
    }

    /// The hits at `positions` of `results`, decoded; with `snippets`, each
    /// with Xapian's snippet (else an empty one).
    package static func hits(_ positions: Range<Int>, of results: SearchResults, snippets: Bool = true,
                             index: String) throws(PassimError) -> [Hit] {
        var hits: [Hit] = []
        hits.reserveCapacity(positions.count)
        for i in positions { hits.append(try hit(i, of: results, snippet: snippets, index: index)) }
        return hits
    }

    /// Runs `query`; returns all its hits and Xapian's results (for their counts).
    package static func run(_ query: Query, options: SearchOptions, in database: Database,
                            index: String) throws(PassimError) -> (hits: [Hit], results: SearchResults) {
        let results = try results(query, options: options, in: database, index: index)
        return (try hits(0..<results.count, of: results, index: index), results)
    }

    private static func hit(_ i: Int, of results: SearchResults, snippet: Bool, index: String) throws(PassimError) -> Hit {
        let (found, data, key) = try withPassimErrors(index: index) { () throws(XapianError) in
            (try results.hit(i), try results.data(i), try results.value(i, slot: IndexSchema.articleSlot))
        }
        guard let record = PassageRecord(decoding: data) else {
            throw PassimError.indexCorrupt(path: index, detail: "passage \(found.documentID) is unreadable")
        }
        let marked = !snippet ? "" : try withPassimErrors(index: index) { () throws(XapianError) in
            try results.snippet(of: record.text, length: Tuning.snippetBytes, language: IndexSchema.language,
                                highlight: ("\u{1}", "\u{2}"), omission: "…")
        }
        return Hit(documentID: found.documentID, rank: Int(found.rank), weight: found.weight, record: record,
                   marked: marked, articleKey: key)
    }
}
