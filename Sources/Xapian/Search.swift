import CXapianShim

/// What `Database.search` needs besides the query.
public struct SearchOptions: Sendable {
    public var offset: UInt32 = 0
    public var limit: UInt32 = 10
    /// Documents to examine at least, so that counts are exact up to here.
    public var checkAtLeast: UInt32 = 0
    /// Value slot to collapse on, keeping `collapseMax` hits per key.
    public var collapseSlot: UInt32? = nil
    public var collapseMax: UInt32 = 1
    /// Value slot to sort by before relevance.
    public var sortSlot: UInt32? = nil
    public var sortDescending = false
    /// Value slot of newline-separated keys to count over the documents
    /// examined (see `SearchResults.facets()`).
    public var facetSlot: UInt32? = nil
    public var bm25 = BM25()

    public struct BM25: Sendable {
        public var k1 = 1.0, k2 = 0.0, k3 = 1.0, b = 0.5, minNormalizedLength = 0.5
        public init() {}
    }

    public init() {}
}

/// One ranked hit.
public struct Hit: Sendable {
    public var documentID: UInt32
    /// 0-based rank in the whole result, not just this page.
    public var rank: UInt32
    public var weight: Double
    public var percent: Int32
    /// Hits with the same collapse key left out (a lower bound).
    public var collapseCount: UInt64
}

extension Database {
    public func search(_ query: Query, options: SearchOptions) throws(XapianError) -> SearchResults {
        var o = xs_search_options()
        o.offset = options.offset
        o.limit = options.limit
        o.check_at_least = options.checkAtLeast
        o.collapse_slot = options.collapseSlot.map { Int32($0) } ?? -1
        o.collapse_max = options.collapseMax
        o.sort_slot = options.sortSlot.map { Int32($0) } ?? -1
        o.sort_descending = options.sortDescending
        o.facet_slot = options.facetSlot.map { Int32($0) } ?? -1
        o.bm25_k1 = options.bm25.k1
        o.bm25_k2 = options.bm25.k2
        o.bm25_k3 = options.bm25.k3
        o.bm25_b = options.bm25.b
        o.bm25_min_normlen = options.bm25.minNormalizedLength
        var out: OpaquePointer?
        try shim { xs_search(handle, query.handle, &o, &out, $0) }
        return SearchResults(handle: out!)
    }
}

/// The hits of one search, with their stored data and snippets.
public final class SearchResults {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { xs_mset_free(handle) }

    public var count: Int { Int(xs_mset_size(handle)) }

    public struct Counts: Sendable {
        public var lower: UInt64, estimated: UInt64, upper: UInt64
        /// Matches before collapsing.
        public var uncollapsedLower: UInt64, uncollapsedEstimated: UInt64, uncollapsedUpper: UInt64
    }

    public func counts() throws(XapianError) -> Counts {
        var c = xs_match_counts()
        try shim { xs_mset_counts(handle, &c, $0) }
        return Counts(lower: c.lower, estimated: c.estimated, upper: c.upper,
                      uncollapsedLower: c.uncollapsed_lower, uncollapsedEstimated: c.uncollapsed_estimated,
                      uncollapsedUpper: c.uncollapsed_upper)
    }

    public func hit(_ index: Int) throws(XapianError) -> Hit {
        var h = xs_hit()
        try shim { xs_mset_hit(handle, UInt32(index), &h, $0) }
        return Hit(documentID: h.docid, rank: h.rank, weight: h.weight, percent: h.percent,
                   collapseCount: h.collapse_count)
    }

    /// The stored data of hit `index`.
    public func data(_ index: Int) throws(XapianError) -> [UInt8] {
        try shimBytes { xs_mset_data(handle, UInt32(index), $0, $1) }
    }

    public func value(_ index: Int, slot: UInt32) throws(XapianError) -> String {
        try shimString { xs_mset_value(handle, UInt32(index), slot, $0, $1) }
    }

    /// With a facet slot: each key and the number of documents that had it,
    /// most frequent first.
    public func facets() throws(XapianError) -> [(key: String, count: Int)] {
        try collectTerms { xs_mset_each_facet(handle, $0, $1, $2) }.map { ($0.term, Int($0.documents)) }
    }

    /// Pseudo-relevance feedback: up to `count` terms starting with `prefix`
    /// that best tell the first `top` hits apart from the rest (Xapian's
    /// expand set), without the query's own terms, with their weights.
    public func expansionTerms(top: Int, count: Int, prefix: String) throws(XapianError) -> [(term: String, weight: Double)] {
        final class Collector { var terms: [(term: String, weight: Double)] = [] }
        let collector = Collector()
        try shim { error in
            xs_mset_expand(handle, UInt32(top), UInt32(count), prefix, prefix.utf8.count, { context, term, length, weight in
                let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
                collector.terms.append((String(decoding: UnsafeRawBufferPointer(start: term, count: length), as: UTF8.self),
                                        weight))
                return true
            }, Unmanaged.passUnretained(collector).toOpaque(), error)
        }
        return collector.terms
    }

    /// About `length` bytes of `text` around the best match, plain text, with
    /// each query word wrapped in `highlight` and `omission` where text was cut.
    public func snippet(of text: String, length: UInt32, language: String,
                        highlight: (start: String, end: String), omission: String) throws(XapianError) -> String {
        try shimString {
            xs_mset_snippet(handle, text, text.utf8.count, length, language, language.utf8.count,
                            highlight.start, highlight.start.utf8.count, highlight.end, highlight.end.utf8.count,
                            omission, omission.utf8.count, $0, $1)
        }
    }
}
