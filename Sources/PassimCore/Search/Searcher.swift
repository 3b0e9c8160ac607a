import Xapian

/// Runs searches over one index.
public final class Searcher {
    public let indexPath: String
    /// The folder the index was made from; paths in hits are relative to it.
    public let corpusRoot: String
    private var database: Database

    public init(indexPath: String) throws(PassimError) {
        self.indexPath = indexPath
        guard FileSystem.kind(of: indexPath) != .missing else { throw PassimError.notAnIndex(path: indexPath) }
        do {
            database = try Database(path: indexPath)
            let version = try database.metadata(IndexSchema.versionKey)
            guard !version.isEmpty else { throw PassimError.notAnIndex(path: indexPath) }
            guard version == String(IndexSchema.version) else {
                throw PassimError.schemaMismatch(path: indexPath, found: version)
            }
            // An index inside its corpus follows the folder when it moves.
            if FileSystem.lastComponent(of: indexPath) == IndexLocation.folderName {
                corpusRoot = FileSystem.parent(of: indexPath)
            } else {
                corpusRoot = try database.metadata(IndexSchema.rootKey)
            }
        } catch let error as XapianError {
            throw PassimError(error, index: indexPath)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: indexPath, detail: "\(error)")
        }
    }

    /// What `passim stats` shows.
    public func statistics() throws(PassimError) -> IndexStatistics {
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

    /// The exact number of passages matching `text`.
    public func count(_ text: String) throws(PassimError) -> Int {
        try reading { database throws(PassimError) in
            let query = try UserQuery.parse(text, database: database).query
            return try Self.xapian(indexPath) { () throws(XapianError) in
                var options = SearchOptions()
                options.limit = 0
                options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
                return Int(clamping: try database.search(query, options: options).counts().estimated)
            }
        }
    }

    public func search(_ request: SearchRequest) throws(PassimError) -> SearchResult {
        var options = SearchOptions()
        options.offset = UInt32(clamping: request.offset)
        options.limit = UInt32(clamping: request.limit)
        options.checkAtLeast = max(Tuning.checkAtLeast, UInt32(clamping: request.offset + request.limit))
        options.bm25 = Self.bm25
        if request.perArticle > 0 {
            options.collapseSlot = IndexSchema.articleSlot
            options.collapseMax = UInt32(clamping: request.perArticle)
        }
        let (parsed, hits, passages) = try reading { database throws(PassimError) in
            let parsed = try UserQuery.parse(request.query, database: database)
            let (hits, passages) = try Self.xapian(indexPath) { () throws(XapianError) in
                let results = try database.search(parsed.query, options: options)
                var hits: [(Hit, [UInt8], String)] = []
                for i in 0..<results.count {
                    let data = try results.data(i)
                    let text = PassageRecord(decoding: data)?.text ?? ""
                    let marked = try results.snippet(of: text, length: Tuning.snippetBytes,
                                                     language: IndexSchema.language,
                                                     highlight: ("\u{1}", "\u{2}"), omission: "…")
                    hits.append((try results.hit(i), data, marked))
                }
                // Collapsing leaves the passage count loose; a count-only match
                // without it is cheap, and exact up to `checkAtLeast`.
                var countOptions = SearchOptions()
                countOptions.limit = 0
                countOptions.checkAtLeast = Tuning.checkAtLeast
                return (hits, try database.search(parsed.query, options: countOptions).counts())
            }
            return (parsed, hits, passages)
        }
        let here = FileSystem.currentDirectory()
        var result = SearchResult(hits: [], matchingPassages: Int(clamping: passages.estimated),
                                  exact: passages.lower == passages.upper, suggestion: nil, warnings: parsed.warnings)
        for (hit, data, marked) in hits {
            guard let record = PassageRecord(decoding: data) else {
                throw PassimError.indexCorrupt(path: indexPath, detail: "passage \(hit.documentID) is unreadable")
            }
            result.hits.append(SearchHit(
                rank: Int(hit.rank) + 1, score: hit.weight, record: record,
                path: FileSystem.relative(corpusRoot + "/" + record.relativePath, to: here),
                snippet: Snippet(marked: marked, start: 1, end: 2),
                moreInArticle: Int(clamping: hit.collapseCount)))
        }
        // Offer a spelling only when it would find more than the query did.
        if result.matchingPassages < Tuning.suggestBelow, let correction = parsed.correction,
           try count(correction) > result.matchingPassages {
            result.suggestion = correction
        }
        return result
    }

    static var bm25: SearchOptions.BM25 {
        var bm25 = SearchOptions.BM25()
        (bm25.k1, bm25.k2, bm25.k3, bm25.b, bm25.minNormalizedLength) = Tuning.bm25
        return bm25
    }

    /// Runs `body` on the latest commit of the index. A searcher kept open
    /// follows the writer: it reopens before each use, opens the index afresh
    /// when compaction replaced its shards, and retries when a writer's
    /// commits overwrote the revision being read (DatabaseModifiedError).
    private func reading<T>(_ body: (Database) throws(PassimError) -> T) throws(PassimError) -> T {
        var attempts = 0
        while true {
            do {
                try database.reopen()
            } catch where error.kind == .notFound || error.kind == .opening {
                database = try Self.xapian(indexPath) { () throws(XapianError) in try Database(path: indexPath) }
            } catch {
                throw PassimError(error, index: indexPath)
            }
            do {
                return try body(database)
            } catch .indexChanged where attempts < 5 {
                attempts += 1
            }
        }
    }

    /// Runs Xapian calls, turning their errors into Passim's.
    private static func xapian<T>(_ path: String, _ body: () throws(XapianError) -> T) throws(PassimError) -> T {
        do { return try body() } catch { throw PassimError(error, index: path) }
    }
}
