#if canImport(Glibc)
import Glibc
#endif
import Xapian

/// What one `passim index` run did.
public struct IndexSummary: Sendable {
    public var added = 0, updated = 0, removed = 0, unchanged = 0
    /// Files found under a new path with the content of a file that left its
    /// old one (counted here, not as added and removed).
    public var moved = 0
    /// Passages written in this run.
    public var passagesWritten = 0
    /// Bytes of the files read in this run.
    public var bytesRead: Int64 = 0
    public var skipped: [SkippedFile] = []
    /// Files indexed with a remark, such as being cut at the size limit.
    public var notes: [SkippedFile] = []
    public var ignoredByExtension: [String: Int] = [:]
    /// Articles and passages in the index after the run.
    public var articles = 0, passages = 0
    public var seconds = 0.0
    /// The run stopped early on Ctrl-C or SIGTERM; what was done is committed.
    public var interrupted = false
}

/// How far a run has got, for a progress line.
public struct IndexProgress: Sendable {
    public var filesDone: Int, filesTotal: Int
    public var bytesDone: Int64, bytesTotal: Int64
}

/// Brings an index up to date with its corpus folder: new and changed files
/// are read, cut into passages and written; deleted files are dropped;
/// unchanged files (same size and mtime) are not read at all. Reading,
/// segmenting and term generation run on all cores; one writer commits
/// atomic batches, so a crash leaves the index at its last commit.
public final class Indexer {
    public let corpus: String
    public let indexPath: String
    /// Wait for another writer to finish (else fail at once).
    public var waitForLock = true
    /// Told once when the index is locked by another writer and we wait.
    public var onWait: (String) -> Void = { _ in }

    /// `indexPath` nil means `corpus/.passim`.
    public init(corpus: String, indexPath: String? = nil) {
        self.corpus = FileSystem.absolute(corpus)
        self.indexPath = indexPath.map(FileSystem.absolute) ?? IndexLocation.defaultPath(forCorpus: corpus)
    }

    public func run(progress: ((IndexProgress) -> Void)? = nil) throws(PassimError) -> IndexSummary {
        let clock = ContinuousClock.now
        var summary = IndexSummary()

        let walk: WalkReport
        do { walk = try FileWalker.walk(root: corpus, excluding: [indexPath]) } catch {
            throw PassimError.corpus(error.description)
        }
        summary.skipped = walk.skipped
        summary.ignoredByExtension = walk.ignoredByExtension
        if FileSystem.kind(of: indexPath) == .file {
            throw PassimError.usage("\(indexPath) is a file, not an index folder; choose another --index")
        }

        let database = try WriterLock.open(indexPath, wait: waitForLock, waiting: onWait)
        defer { WriterLock.release(indexPath) }
        do {
            var records = try checkSchema(database)
            let plan = IndexPlan(walk: walk, records: records)
            summary.unchanged = plan.unchanged
            let writer = ArticleWriter(database: database)

            let files = plan.toRead
            let bytesTotal = files.reduce(Int64(0)) { $0 + $1.file.size }
            var bytesDone: Int64 = 0
            var addedHashes = Set<UInt64>()
            do {
                try OrderedPipeline.run(
                    count: files.count, window: 512,
                    makeWorker: {
                        let builder = Result { () throws(XapianError) in try DocumentBuilder() }
                        return { index in Self.prepare(files[index].file, id: files[index].id, builder: builder) }
                    },
                    consume: { index, prepared in
                        if Interruption.requested { throw PassimError.interrupted }
                        let (file, id, previous) = files[index]
                        bytesDone += file.size
                        defer { progress?(IndexProgress(filesDone: index + 1, filesTotal: files.count,
                                                        bytesDone: bytesDone, bytesTotal: bytesTotal)) }
                        let article: PreparedArticle
                        switch prepared {
                        case .failure(let failure):
                            let reason = failure.reason
                            // Whatever was indexed before stays: a file that cannot be read now loses nothing.
                            summary.skipped.append(SkippedFile(path: file.relativePath, reason: reason))
                            return
                        case .success(let a):
                            article = a
                        }
                        summary.bytesRead += min(file.size, Int64(Tuning.maxFileBytes))
                        if let note = article.note { summary.notes.append(SkippedFile(path: file.relativePath, reason: note)) }
                        if let previous, previous.contentHash == article.record.contentHash {
                            // Touched but not changed: remember the new mtime only.
                            try writer.touch(article.record, id: id)
                            summary.unchanged += 1
                            return
                        }
                        summary.passagesWritten += try writer.write(article, replacing: previous != nil)
                        records[id] = article.record
                        if previous == nil {
                            summary.added += 1
                            addedHashes.insert(article.record.contentHash)
                        } else {
                            summary.updated += 1
                        }
                    })
            } catch PassimError.interrupted {
                summary.interrupted = true
            }

            if !summary.interrupted {
                for (id, record) in plan.toRemove(records) {
                    try writer.remove(id)
                    records[id] = nil
                    if addedHashes.remove(record.contentHash) != nil {
                        summary.moved += 1
                        summary.added -= 1
                    } else {
                        summary.removed += 1
                    }
                }
            }
            try writer.finishBatch()
            try database.setMetadata(String(Self.now()), forKey: IndexSchema.updatedKey)
            try database.commit()
            summary.articles = records.count
            summary.passages = Int(try database.documentCount())
            try database.close()
        } catch let error as XapianError {
            throw PassimError(error, index: indexPath)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: indexPath, detail: "\(error)")
        }
        let elapsed = ContinuousClock.now - clock
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }

    /// Checks that the index is Passim's, of this schema, for this corpus;
    /// stamps a new one; returns what it knows about each article.
    private func checkSchema(_ database: WritableDatabase) throws -> [ArticleID: ArticleRecord] {
        let version = try database.metadata(IndexSchema.versionKey)
        if version.isEmpty {
            guard try database.documentCount() == 0 else { throw PassimError.notAnIndex(path: indexPath) }
            try database.setMetadata(String(IndexSchema.version), forKey: IndexSchema.versionKey)
            try database.setMetadata(corpus, forKey: IndexSchema.rootKey)
            // From now on the folder is a passim index, even if this run is cut short.
            try database.commit()
        } else if version != String(IndexSchema.version) {
            throw PassimError.schemaMismatch(path: indexPath, found: version)
        }
        let root = try database.metadata(IndexSchema.rootKey)
        let isDefaultLocation = indexPath == IndexLocation.defaultPath(forCorpus: corpus)
        if !root.isEmpty, root != corpus, !isDefaultLocation {
            throw PassimError.otherCorpus(index: indexPath, root: root)
        }
        if root != corpus { try database.setMetadata(corpus, forKey: IndexSchema.rootKey) }

        return ArticleRecord.decodeAll(try database.metadata(withPrefix: IndexSchema.articleRecordPrefix))
    }

    /// One file read, cut and turned into documents, on a worker thread.
    private static func prepare(_ file: SourceFile, id: ArticleID,
                                builder: Result<DocumentBuilder, XapianError>) -> Result<PreparedArticle, Failure> {
        do {
            let content = try ArticleReader.read(file)
            let passages = PassageBuilder.passages(of: content.extracted)
            let article = ArticleForIndex(id: id, relativePath: file.relativePath, title: content.title,
                                          date: content.date, passages: passages)
            let record = ArticleRecord(size: file.size, modifiedNanoseconds: file.modifiedNanoseconds,
                                       passageCount: passages.count, contentHash: content.contentHash,
                                       relativePath: file.relativePath)
            var prepared = PreparedArticle(id: id, title: content.title, date: content.date, record: record,
                                           words: [:], content: .passages(passages))
            if content.extracted.text.count <= Tuning.largeArticleBytes {
                let built = try builder.get().build(article)
                prepared.content = .documents(Unshared(built.documents))
                prepared.words = built.words
            }
            if content.truncated {
                prepared.note = "larger than \(Tuning.maxFileBytes >> 20) MB; only its first \(Tuning.maxFileBytes >> 20) MB were indexed"
            }
            return .success(prepared)
        } catch let error as IngestError {
            return .failure(Failure(error.reason))
        } catch {
            return .failure(Failure("\(error)"))
        }
    }

    /// Why a file was not indexed, as a one-line reason.
    struct Failure: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private static func now() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return t.tv_sec
    }
}

/// A value handed from one thread to another and never used by both at once.
struct Unshared<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
