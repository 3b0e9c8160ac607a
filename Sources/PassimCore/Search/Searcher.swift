import Xapian

/// Runs searches over one index.
public final class Searcher {
    public let indexPath: String
    /// The folder the index was made from; paths in hits are relative to it.
    public let corpusRoot: String
    private let database: Database

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
        do throws(XapianError) {
            let stats = try database.stats()
            let all = try database.countTerms()
            // Stemmed words carry "Z"; every other prefix is upper case too.
            var prefixed: UInt64 = 0
            for letter in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                prefixed += try database.countTerms(prefix: String(UnicodeScalar(letter)))
            }
            let updated = Int(try database.metadata(IndexSchema.updatedKey)) ?? 0
            return IndexStatistics(
                indexPath: indexPath, corpusRoot: corpusRoot,
                articles: Int(try database.countTerms(prefix: IndexSchema.articlePrefix)),
                passages: Int(stats.documentCount),
                distinctWords: Int(all - prefixed),
                stemmedTerms: Int(try database.countTerms(prefix: "Z")),
                indexBytes: FileSystem.size(ofFilesIn: indexPath),
                lastUpdated: updated)
        } catch {
            throw PassimError(error, index: indexPath)
        }
    }

    /// The exact number of passages matching `text`.
    public func count(_ text: String) throws(PassimError) -> Int {
        let query = try UserQuery.parse(text, database: database).query
        do throws(XapianError) {
            let total = try database.stats().documentCount
            var options = SearchOptions()
            options.limit = 0
            options.checkAtLeast = UInt32(clamping: total)
            return Int(clamping: try database.search(query, options: options).counts().uncollapsedEstimated)
        } catch {
            throw PassimError(error, index: indexPath)
        }
    }

    public func search(_ request: SearchRequest) throws(PassimError) -> SearchResult {
        let (query, correction) = try UserQuery.parse(request.query, database: database)
        var options = SearchOptions()
        options.offset = UInt32(clamping: request.offset)
        options.limit = UInt32(clamping: request.limit)
        options.checkAtLeast = max(Tuning.checkAtLeast, UInt32(clamping: request.offset + request.limit))
        if request.perArticle > 0 {
            options.collapseSlot = IndexSchema.articleSlot
            options.collapseMax = UInt32(clamping: request.perArticle)
        }
        options.bm25.k1 = Tuning.bm25.k1
        options.bm25.k2 = Tuning.bm25.k2
        options.bm25.k3 = Tuning.bm25.k3
        options.bm25.b = Tuning.bm25.b
        options.bm25.minNormalizedLength = Tuning.bm25.minNormalizedLength
        do {
            let results = try database.search(query, options: options)
            let counts = try results.counts()
            var hits: [SearchHit] = []
            hits.reserveCapacity(results.count)
            let here = FileSystem.currentDirectory()
            for i in 0..<results.count {
                let hit = try results.hit(i)
                guard let record = PassageRecord(decoding: try results.data(i)) else {
                    throw PassimError.indexCorrupt(path: indexPath, detail: "passage \(hit.documentID) is unreadable")
                }
                let marked = try results.snippet(of: record.text, length: Tuning.snippetBytes,
                                                 language: IndexSchema.language,
                                                 highlight: ("\u{1}", "\u{2}"), omission: "…")
                hits.append(SearchHit(
                    rank: Int(hit.rank) + 1, score: hit.weight, record: record,
                    path: FileSystem.relative(corpusRoot + "/" + record.relativePath, to: here),
                    snippet: Snippet(marked: marked, start: 1, end: 2),
                    moreInArticle: Int(clamping: hit.collapseCount)))
            }
            // Collapsing leaves the passage count loose; a count-only match
            // without it is cheap and exact up to `checkAtLeast`.
            var countOptions = SearchOptions()
            countOptions.limit = 0
            countOptions.checkAtLeast = Tuning.checkAtLeast
            let passages = request.perArticle > 0 ? try database.search(query, options: countOptions).counts() : counts
            let exact = passages.lower == passages.upper
            let matching = Int(clamping: passages.estimated)
            var suggestion: String?
            if matching < Tuning.suggestBelow, let correction, try count(correction) > matching {
                suggestion = correction
            }
            return SearchResult(hits: hits, matchingPassages: matching, exact: exact, suggestion: suggestion)
        } catch let error as XapianError {
            throw PassimError(error, index: indexPath)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: indexPath, detail: "\(error)")
        }
    }
}
