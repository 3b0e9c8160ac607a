import Xapian
import PassimEntities
import PassimSupport

/// Runs searches over one index, or several searched as one (Xapian's
/// combined databases: one ranking, one collapse, one count over all).
package final class Searcher {
    /// The first index searched (as given).
    package let indexPath: String
    /// The folder the first index was made from; its hits' paths are relative to it.
    package let corpusRoot: String
    private let sources: [IndexSource]
    private let timeoutMilliseconds: UInt32
    private let allowPartial: Bool
    private var opened: [OpenedSource] = []
    private var database: Database
    /// Sources that could not be reached and were left out (with --allow-partial).
    package private(set) var leftOut: [String] = []

    package convenience init(indexPath: String) throws(PassimError) {
        try self.init(sources: [try IndexSource(indexPath)])
    }

    /// `timeout`: seconds to wait for a remote index; `allowPartial`: search
    /// the rest when one cannot be reached, with a warning, instead of failing.
    package init(sources: [IndexSource], timeout: Double = Tuning.remoteTimeout, allowPartial: Bool = false) throws(PassimError) {
        guard let first = sources.first else { throw PassimError.usage("no index to search") }
        self.sources = sources
        self.timeoutMilliseconds = UInt32(clamping: Int(timeout * 1000))
        self.allowPartial = allowPartial
        indexPath = first.description
        (opened, database, leftOut) = try Self.open(sources, timeoutMilliseconds: timeoutMilliseconds, allowPartial: allowPartial)
        corpusRoot = opened[0].root
    }

    /// Opens every source and joins them into one database.
    private static func open(_ sources: [IndexSource], timeoutMilliseconds: UInt32,
                             allowPartial: Bool) throws(PassimError) -> ([OpenedSource], Database, [String]) {
        var opened: [OpenedSource] = []
        var leftOut: [String] = []
        for source in sources {
            do {
                opened.append(try source.open(timeoutMilliseconds: timeoutMilliseconds))
            } catch .unreachable(let where_, let detail) where allowPartial {
                leftOut.append("\(where_) (\(detail))")
            }
        }
        guard let first = opened.first else {
            throw PassimError.unreachable(source: sources.map(\.description).joined(separator: ", "), detail: "none could be reached")
        }
        // One source is searched through its own handle; several are combined
        // into a fresh one, so each source's own stays whole.
        if opened.count == 1 { return (opened, first.database, leftOut) }
        let combined: Database
        do {
            switch first.source {
            case .local(let path): combined = try Database(path: path)
            case .remote(let host, let port):
                combined = try Database(remoteHost: host, port: port, timeoutMilliseconds: timeoutMilliseconds)
            }
            for other in opened.dropFirst() { try combined.add(other.database) }
        } catch {
            throw PassimError(error, index: first.source.description)
        }
        return (opened, combined, leftOut)
    }

    /// The path of a hit for the user: its source's root joined with its
    /// relative path, relative to the current folder when inside it. In a
    /// combined database, document ids interleave: id − 1 modulo the number of
    /// databases says which one a document is from.
    private func path(of record: PassageRecord, documentID: UInt32, here: String) -> String {
        var index = Int((documentID &- 1) % UInt32(max(1, opened.reduce(0) { $0 + $1.databases })))
        for source in opened {
            if index < source.databases {
                return FileSystem.relative(source.root + "/" + record.relativePath, to: here)
            }
            index -= source.databases
        }
        return record.relativePath
    }

    /// What `passim stats` shows.
    package func statistics() throws(PassimError) -> IndexStatistics {
        try reading { database throws(PassimError) in try Self.xapian(indexPath) { () throws(XapianError) in
            let stats = try database.stats()
            let all = try database.countTerms()
            // Stemmed words carry "Z"; every other prefix is upper case too.
            var prefixed: UInt64 = 0
            for letter in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                prefixed += try database.countTerms(prefix: String(UnicodeScalar(letter)))
            }
            return IndexStatistics(
                indexPath: indexPath, corpusRoot: corpusRoot,
                articles: Int(try database.countTerms(prefix: IndexSchema.articlePrefix)),
                passages: Int(stats.documentCount),
                distinctWords: Int(all - prefixed),
                stemmedTerms: Int(try database.countTerms(prefix: "Z")),
                indexBytes: FileSystem.size(ofFilesIn: indexPath),
                lastUpdated: Int(try database.metadata(IndexSchema.updatedKey)) ?? 0,
                shards: IndexLayout.read(indexPath)?.shards.count ?? 1)
        } }
    }

    /// The exact number of passages matching `text` (dated within `dates`).
    package func count(_ text: String, dates: DateRange? = nil) throws(PassimError) -> Int {
        try reading { database throws(PassimError) in
            let parsed = try UserQuery.parse(text, database: database).query
            return try Self.xapian(indexPath) { () throws(XapianError) in
                let query = try Self.restricted(parsed, to: dates)
                var options = SearchOptions()
                options.limit = 0
                options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
                return Int(clamping: try database.search(query, options: options).counts().estimated)
            }
        }
    }

    package func search(_ request: SearchRequest) throws(PassimError) -> SearchResult {
        var options = SearchOptions()
        options.offset = UInt32(clamping: request.offset)
        options.limit = UInt32(clamping: request.limit)
        // Examine only what the page needs: the count below is exact when small, estimated when large.
        options.checkAtLeast = UInt32(clamping: request.offset + request.limit)
        options.bm25 = Self.bm25
        if request.perArticle > 0 {
            options.collapseSlot = IndexSchema.articleSlot
            options.collapseMax = UInt32(clamping: request.perArticle)
        }
        if let slot = request.order.sortSlot {
            // By date, by relevance within a day; undated articles last (see DateOrderKeys).
            options.sortSlot = slot
            options.sortDescending = true
        }
        let (parsed, hits, passages, ranked) = try reading { database throws(PassimError) in
            let parsed = try UserQuery.parse(request.query, database: database)
            let (hits, passages, ranked) = try Self.xapian(indexPath) { () throws(XapianError) in
                var ranked = try Ranking.ranked(parsed)
                if Ranking.wantsFeedback(parsed, requested: request.feedback) {
                    var first = options
                    first.offset = 0
                    first.limit = UInt32(Tuning.ranking.feedbackTop)
                    first.sortSlot = nil   // feedback learns from the best hits, not the newest
                    let query = try Self.restricted(try ranked.combined(), to: request.dates)
                    try Ranking.addFeedback(to: &ranked, from: try database.search(query, options: first))
                }
                // The dates restrict the whole query, feedback's matches included.
                let final = try Self.restricted(try ranked.combined(), to: request.dates)
                let results = try database.search(final, options: options)
                var hits: [(Hit, [UInt8], String, Int)] = []
                var keys: [String] = []
                for i in 0..<results.count {
                    let data = try results.data(i)
                    let text = PassageRecord(decoding: data)?.text ?? ""
                    let marked = try results.snippet(of: text, length: Tuning.snippetBytes,
                                                     language: IndexSchema.language,
                                                     highlight: ("\u{1}", "\u{2}"), omission: "…")
                    keys.append(try results.value(i, slot: IndexSchema.articleSlot))
                    hits.append((try results.hit(i), data, marked, 0))
                }
                // How many passages of each shown article match, exactly (Xapian's
                // collapse count is a lower bound, and remote servers do not send it).
                if request.perArticle > 0, !hits.isEmpty {
                    let matching = try Self.passagesPerArticle(final, articles: hits.map { PassageRecord(decoding: $0.1)?.article },
                                                               in: database)
                    for i in hits.indices { hits[i].3 = max(0, (matching[keys[i]] ?? 0) - request.perArticle) }
                }
                // The number of matching passages: Xapian's estimate, made exact
                // by a count-only pass (no collapse, no scores kept) when few
                // enough match for that to be cheap.
                let seen = try results.counts()
                var counts = Counts(lower: seen.uncollapsedLower, estimated: seen.uncollapsedEstimated,
                                    upper: seen.uncollapsedUpper)
                if counts.lower != counts.upper, counts.upper <= UInt64(Tuning.checkAtLeast) {
                    var countOptions = SearchOptions()
                    countOptions.limit = 0
                    countOptions.checkAtLeast = Tuning.checkAtLeast
                    let exact = try database.search(final, options: countOptions).counts()
                    counts = Counts(lower: exact.lower, estimated: exact.estimated, upper: exact.upper)
                }
                return (hits, counts, ranked)
            }
            return (parsed, hits, passages, ranked)
        }
        let here = FileSystem.currentDirectory()
        var result = SearchResult(hits: [], matchingPassages: Int(clamping: passages.estimated),
                                  exact: passages.lower == passages.upper, suggestion: nil,
                                  warnings: leftOut.map { "left out, unreachable: \($0)" } + parsed.warnings)
        let filtered = try Self.xapian(indexPath) { () throws(XapianError) in try Self.entityFilters(parsed.query) }
        for (hit, data, marked, more) in hits {
            guard let record = PassageRecord(decoding: data) else {
                throw PassimError.indexCorrupt(path: indexPath, detail: "passage \(hit.documentID) is unreadable")
            }
            var snippet = Snippet(marked: marked, start: 1, end: 2)
            // A query of entity filters only has no words to centre on: show
            // where the passage names the entities.
            if snippet.highlights.isEmpty, !filtered.isEmpty {
                snippet = Self.snippet(of: record, naming: filtered) ?? snippet
            }
            result.hits.append(SearchHit(
                rank: Int(hit.rank) + 1, score: hit.weight, record: record,
                path: path(of: record, documentID: hit.documentID, here: here),
                snippet: snippet,
                moreInArticle: more,
                explanation: request.explain ? try explain(record, ranked, options) : nil))
        }
        if request.facets {
            result.facets = try facets(try Self.xapian(indexPath) { () throws(XapianError) in
                try Self.restricted(parsed.query, to: request.dates)
            })
        }
        // Offer a spelling only when it would find more than the query did.
        if result.matchingPassages < Tuning.suggestBelow,
           let correction = try reading({ database throws(PassimError) in
               try UserQuery.parse(request.query, database: database, spelling: true).correction }),
           try count(correction, dates: request.dates) > result.matchingPassages {
            result.suggestion = correction
        }
        return result
    }

    /// How many passages match: exact when `lower == upper`.
    package struct Counts { var lower, estimated, upper: UInt64 }

    /// The number of passages matching `query` in each of `articles`, by
    /// collapse key: one count-only pass over just those articles' passages.
    private static func passagesPerArticle(_ query: Query, articles: [ArticleID?],
                                           in database: Database) throws(XapianError) -> [String: Int] {
        var only: Query?
        for id in Set(articles.compactMap { $0?.description }).sorted() {
            let term = try Query(term: IndexSchema.articlePrefix + id)
            only = try only.map { (q: Query) throws(XapianError) in try q.combined(.or, term) } ?? term
        }
        guard let only else { return [:] }
        var options = SearchOptions()
        options.limit = 0
        options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
        options.facetSlot = IndexSchema.articleSlot
        var counts: [String: Int] = [:]
        for (key, count) in try database.search(try query.combined(.filter, only), options: options).facets() {
            counts[key] = count
        }
        return counts
    }

    /// `query` kept to the articles dated within `dates`, when given.
    package static func restricted(_ query: Query, to dates: DateRange?) throws(XapianError) -> Query {
        guard let dates else { return query }
        return try query.combined(.filter, try dates.query())
    }

    /// The (kind, id) of each entity the query filters on.
    package static func entityFilters(_ query: Query) throws(XapianError) -> [(EntityKind, String)] {
        var found: [(EntityKind, String)] = []
        for term in try query.terms() {
            for kind in EntityKind.allCases where term.hasPrefix(IndexSchema.filterPrefix(kind)) {
                found.append((kind, String(term.dropFirst(IndexSchema.filterPrefix(kind).count))))
            }
        }
        return found
    }

    /// A window of the passage around its first mention of one of `entities`
    /// (or of what they include: a weapon class's systems), mentions marked.
    package static func snippet(of record: PassageRecord, naming entities: [(EntityKind, String)]) -> Snippet? {
        let wanted = Set(entities.map { $0.1 })
        let hits = record.mentions.filter { wanted.contains($0.id) }
        let marks = hits.isEmpty ? record.mentions.map(\.range) : hits.map(\.range)
        guard let first = marks.first else { return nil }
        return Snippet.around(first, in: record.text, length: Int(Tuning.snippetBytes), highlights: marks)
    }

    /// The entities named most often in passages matching `filter` (all
    /// passages when nil), with an example passage each.
    package func entities(kind: EntityKind?, with filter: String?, limit: Int) throws(PassimError) -> [EntityListing] {
        let query: Query
        let excluded: [(EntityKind, String)]
        if let filter {
            query = try reading { database throws(PassimError) in try UserQuery.parse(filter, database: database).query }
            excluded = try Self.xapian(indexPath) { () throws(XapianError) in try Self.entityFilters(query) }
        } else {
            query = try Self.xapian(indexPath) { () throws(XapianError) in try Query.matchAll() }
            excluded = []
        }
        let listed = try facets(query).filter { facet in
            (kind == nil || facet.kind == kind) && !excluded.contains { $0.0 == facet.kind && $0.1 == facet.id }
        }.prefix(limit)
        let here = FileSystem.currentDirectory()
        return try listed.map { facet throws(PassimError) in
            let example = try reading { database throws(PassimError) in try Self.xapian(indexPath) {
                () throws(XapianError) -> (PassageRecord, UInt32)? in
                let named = try Query(term: IndexSchema.mentionPrefix(facet.kind) + facet.id)
                var options = SearchOptions()
                options.limit = 1
                options.bm25 = Self.bm25
                // The passage naming the entity most, among those the filter admits.
                let results = try database.search(try named.combined(.filter, query), options: options)
                guard results.count > 0, let record = PassageRecord(decoding: try results.data(0)) else { return nil }
                return (record, try results.hit(0).documentID)
            } }
            let hit = example.map { record, documentID in
                SearchHit(rank: 1, score: 0, record: record,
                          path: path(of: record, documentID: documentID, here: here),
                          snippet: Self.snippet(of: record, naming: [(facet.kind, facet.id)] + excluded)
                              ?? Snippet(text: record.text, highlights: []),
                          moreInArticle: 0)
            }
            return EntityListing(entity: facet, example: hit)
        }
    }

    /// The entities named in all passages matching `query`, with exact counts.
    private func facets(_ query: Query) throws(PassimError) -> [EntityFacet] {
        try reading { database throws(PassimError) in try Self.xapian(indexPath) { () throws(XapianError) in
            var options = SearchOptions()
            options.limit = 0
            options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
            options.facetSlot = IndexSchema.entitySlot
            // The bare class ("weapon", from "arms") says nothing a count could use.
            return try database.search(query, options: options).facets().compactMap { key, count in
                EntityFacet(line: key, count: count)
            }.filter { $0.id != $0.kind.rawValue }
        } }
    }

    package static var bm25: SearchOptions.BM25 {
        var bm25 = SearchOptions.BM25()
        (bm25.k1, bm25.k2, bm25.k3, bm25.b, bm25.minNormalizedLength) = Tuning.bm25
        return bm25
    }

    /// The parts of a hit's score: each word of the query, then each boost,
    /// each weighed on this passage alone (BM25 adds up over terms).
    private func explain(_ record: PassageRecord, _ ranked: RankedQuery, _ options: SearchOptions) throws(PassimError) -> [ScorePart] {
        try reading { database throws(PassimError) in try Self.xapian(indexPath) { () throws(XapianError) in
            let passage = try Query(term: IndexSchema.passageIDPrefix + record.article.description + ":" + String(record.ordinal))
            var single = options
            single.offset = 0
            single.limit = 1
            single.collapseSlot = nil
            func weight(_ query: Query) throws(XapianError) -> Double {
                let results = try database.search(try query.combined(.filter, passage), options: single)
                return results.count > 0 ? try results.hit(0).weight : 0
            }
            var parts: [ScorePart] = []
            var words = 0.0
            for term in try ranked.base.terms() where term.hasPrefix("Z") {
                let w = try weight(try Query(term: term))
                if w > 0 {
                    parts.append(ScorePart(label: "word “\(term.dropFirst())”", weight: w))
                    words += w
                }
            }
            // Whatever the words alone do not explain: phrases, NEAR, filters.
            // A word that is also a name is weighed with its synonyms as one
            // (OP_SYNONYM), which can weigh less than the word alone: then the
            // words' parts are scaled down to the whole rather than shown
            // beside a negative remainder.
            let base = try weight(ranked.base)
            if base - words > 0.005 {
                parts.append(ScorePart(label: "names, phrases and filters", weight: base - words))
            } else if words - base > 0.005, words > 0 {
                parts = parts.map { ScorePart(label: $0.label, weight: $0.weight * base / words) }
            }
            for boost in ranked.boosts {
                let w = try weight(boost.query)
                if w > 0 { parts.append(ScorePart(label: boost.label, weight: w)) }
            }
            return parts
        } }
    }

    /// Runs `body` on the latest commit of the index. A searcher kept open
    /// follows the writer: it reopens before each use, opens the index afresh
    /// when compaction replaced its shards, and retries when a writer's
    /// commits overwrote the revision being read (DatabaseModifiedError).
    func reading<T>(_ body: (Database) throws(PassimError) -> T) throws(PassimError) -> T {
        var attempts = 0
        while true {
            do {
                try database.reopen()
            } catch where error.kind == .notFound || error.kind == .opening {
                (opened, database, leftOut) = try Self.open(sources, timeoutMilliseconds: timeoutMilliseconds,
                                                            allowPartial: allowPartial)
            } catch {
                throw PassimError(error, index: indexPath)
            }
            do {
                return try body(database)
            } catch .indexChanged where attempts < 5 {
                attempts += 1
            } catch .unreachable where allowPartial && attempts < 5 {
                // A remote index stopped answering: search the others.
                attempts += 1
                let alive = opened.filter { source in
                    guard case .remote = source.source else { return true }
                    return (try? source.database.stats()) != nil
                }
                let dropped = opened.filter { o in !alive.contains { $0.source == o.source } }
                guard !dropped.isEmpty, !alive.isEmpty else { throw PassimError.unreachable(source: indexPath, detail: "no index answers") }
                (opened, database, leftOut) = try Self.open(alive.map(\.source), timeoutMilliseconds: timeoutMilliseconds,
                                                            allowPartial: true)
                leftOut += dropped.map { "\($0.source) (stopped answering)" }
            }
        }
    }

    /// Runs Xapian calls, turning their errors into Passim's.
    static func xapian<T>(_ path: String, _ body: () throws(XapianError) -> T) throws(PassimError) -> T {
        do { return try body() } catch { throw PassimError(error, index: path) }
    }
}
