#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization
import Xapian
import PassimEntities
import PassimSupport
import PassimText

/// What one `passim index` run did.
package struct IndexSummary: Sendable {
    package var added = 0, updated = 0, removed = 0, unchanged = 0
    /// Files found under a new path with the content of a file that left its
    /// old one (counted here, not as added and removed).
    package var moved = 0
    /// Passages written in this run.
    package var passagesWritten = 0
    /// Bytes of the files read in this run.
    package var bytesRead: Int64 = 0
    package var skipped: [SkippedFile] = []
    /// Files indexed with a remark, such as being cut at the size limit.
    package var notes: [SkippedFile] = []
    /// One line each about the folder's `dates.tsv` ("dates.tsv:3: reason").
    package var warnings: [String] = []
    package var ignoredByExtension: [String: Int] = [:]
    /// Symbolic links out of the folder, not followed (see `Indexer.followLinks`).
    package var linksLeavingFolder = 0
    /// Articles and passages in the index after the run.
    package var articles = 0, passages = 0
    package var seconds = 0.0
    /// The run stopped early on Ctrl-C or SIGTERM; what was done is committed.
    package var interrupted = false
    /// Shards compacted at the end of the run.
    package var compactedShards = 0

    /// Adds what one shard's writer did.
    package mutating func absorb(_ other: IndexSummary) {
        added += other.added
        updated += other.updated
        unchanged += other.unchanged
        passagesWritten += other.passagesWritten
        bytesRead += other.bytesRead
        skipped += other.skipped
        notes += other.notes
        interrupted = interrupted || other.interrupted
    }
}

/// How far a run has got, for a progress line.
package struct IndexProgress: Sendable {
    package var filesDone: Int, filesTotal: Int
    package var bytesDone: Int64, bytesTotal: Int64
}

/// Brings an index up to date with its corpus folder: new and changed files
/// are read, cut into passages and written; deleted files are dropped;
/// unchanged files (same size and mtime) are not read at all.
///
/// The index is split into shards by a hash of each file's path; every shard
/// has its own writer thread fed by its own workers (reading, segmenting,
/// term generation), so all cores work even though Xapian allows one writer
/// per database. Each writer commits atomic batches, so a crash leaves every
/// shard at its last commit. After a large run the shards are compacted.
package final class Indexer {
    package let corpus: String
    package let indexPath: String
    /// Wait for another writer to finish (else fail at once).
    package var waitForLock = true
    /// Told once when the index is locked by another writer and we wait.
    package var onWait: (String) -> Void = { _ in }
    /// Shards of a new index (an existing index keeps its own).
    package var shardCount = Tuning.defaultShards
    /// The user's gazetteer files to add from now on (kept by the index).
    package var addedGazetteers: [String] = []
    /// Each shard commits after this many bytes of files.
    package var commitBytes = Tuning.commitBytes
    /// Follow symbolic links that lead out of the folder (else they are counted).
    package var followLinks = false

    /// `indexPath` nil means `corpus/.passim`.
    package init(corpus: String, indexPath: String? = nil) {
        self.corpus = FileSystem.absolute(corpus)
        self.indexPath = indexPath.map(FileSystem.absolute) ?? IndexLocation.defaultPath(forCorpus: corpus)
    }

    /// The layout of the index, made with `shardCount` shards if new.
    func openLayout() throws(PassimError) -> IndexLayout {
        // A shard made anew would lack the index's settings and synonyms.
        if let damage = IndexLayout.damage(of: indexPath) { throw damage }
        if let layout = IndexLayout.read(indexPath) { return layout }
        if FileSystem.kind(of: indexPath + "/iamglass") == .file {
            // The single-database layout of schema 1.
            throw PassimError.schemaMismatch(path: indexPath, found: "1")
        }
        let others = FileSystem.entries(of: indexPath).filter { $0 != IndexLock.fileName }
        guard others.isEmpty else { throw PassimError.notAnIndex(path: indexPath) }
        return try IndexLayout.create(indexPath, shards: max(1, shardCount))
    }

    /// Checks that the index is Passim's, of this schema, for this corpus;
    /// stamps a new one; returns what it knows about each article.
    func checkSchema(_ shards: [WritableDatabase]) throws -> [ArticleID: ArticleRecord] {
        let stamp = try SchemaStamp.read(at: indexPath) { key throws(XapianError) in try shards[0].reader.metadata(key) }
        if stamp == nil {
            let corpusID = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            for shard in shards {
                try shard.setMetadata(corpusID, forKey: IndexSchema.corpusKey)
                guard try shard.documentCount() == 0 else { throw PassimError.notAnIndex(path: indexPath) }
                try shard.setMetadata(String(IndexSchema.version), forKey: IndexSchema.versionKey)
                try shard.setMetadata(corpus, forKey: IndexSchema.rootKey)
                // From now on the folder is a passim index, even if this run is cut short.
                try shard.commit()
            }
        }
        let root = try shards[0].reader.metadata(IndexSchema.rootKey)
        let isDefaultLocation = indexPath == IndexLocation.defaultPath(forCorpus: corpus)
        if !root.isEmpty, root != corpus, !isDefaultLocation {
            throw PassimError.otherCorpus(index: indexPath, root: root)
        }
        var records: [ArticleID: ArticleRecord] = [:]
        for shard in shards {
            if root != corpus { try shard.setMetadata(corpus, forKey: IndexSchema.rootKey) }
            try ArticleRecord.load(from: { body throws(XapianError) in
                try shard.reader.forEachMetadata(withPrefix: IndexSchema.articleRecordPrefix, body)
            }, into: &records)
        }
        return records
    }

    /// Takes out of `walk` the files whose format needs a program that is not
    /// installed (pdftotext for PDFs), with one note per program rather than
    /// a line per file; returns their paths, which are neither read nor
    /// dropped, so what was indexed from them stays.
    package static func setAsideWithoutTools(_ walk: inout WalkReport, notes: inout [SkippedFile]) -> [String] {
        var missing: [SourceFormat: ExternalTool] = [:]
        for format in Set(walk.files.map(\.format)) {
            if let tool = format.tool, tool.path == nil { missing[format] = tool }
        }
        guard !missing.isEmpty else { return [] }
        var waiting: [String] = []
        for (format, tool) in missing.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let files = walk.files.filter { $0.format == format }.map(\.relativePath)
            waiting += files
            let noun = files.count == 1 ? "\(format.label) file" : "\(format.label) files"
            notes.append(SkippedFile(path: "\(files.count) \(noun)", reason:
                "left out, \(tool.name) is not installed (Debian: apt install \(tool.package)); install it and run `passim index` again"))
        }
        walk.files.removeAll { missing[$0.format] != nil }
        return waiting
    }

    /// Compacts each (from, to) pair, in parallel.
    static func compact(_ pairs: [(String, String)]) throws(XapianError) {
        let failures = Mutex<[XapianError]>([])
        DispatchQueue.concurrentPerform(iterations: pairs.count) { i in
            do throws(XapianError) { try compactDatabase(at: pairs[i].0, into: pairs[i].1) } catch {
                failures.withLock { $0.append(error) }
            }
        }
        if let first = failures.withLock({ $0.first }) {
            for (_, to) in pairs { FileSystem.removeTree(to) }
            throw first
        }
    }

    /// One file read, cut and turned into documents, on a worker thread.
    package static func prepare(_ file: SourceFile, id: ArticleID, builder: Result<DocumentBuilder, XapianError>,
                        recognizer: EntityRecognizer?) -> Result<PreparedArticle, Failure> {
        do {
            let content = try ArticleReader.read(file)
            let passages = PassageBuilder.passages(of: content.extracted)
            var mentions: [[EntityMention]] = []
            if let recognizer {
                var tagger = recognizer.article()
                mentions = passages.map { tagger.mentions(in: Array($0.text.utf8)) }
            }
            let article = ArticleForIndex(id: id, relativePath: file.relativePath, title: content.title,
                                          date: content.date, dateSource: content.dateSource, passages: passages,
                                          mentions: mentions)
            let record = ArticleRecord(size: file.size, modifiedNanoseconds: file.modifiedNanoseconds,
                                       passageCount: passages.count, contentHash: content.contentHash,
                                       relativePath: file.relativePath, statedDate: file.statedDate)
            var prepared = PreparedArticle(id: id, title: content.title, date: content.date,
                                           dateSource: content.dateSource, record: record,
                                           words: [:], content: .passages(passages, mentions))
            if content.extracted.text.count <= Tuning.largeArticleBytes {
                let built = try builder.get().build(article)
                prepared.content = .documents(Unshared(built.documents))
                prepared.words = built.words
            }
            if content.truncated {
                let what = file.format.tool == nil ? "" : "its text is "
                prepared.note = "\(what)larger than \(Tuning.maxFileBytes >> 20) MB; only its first \(Tuning.maxFileBytes >> 20) MB were indexed"
            } else if content.encoding == .windows1252 {
                prepared.note = "not UTF-8; read as Windows-1252"
            }
            return .success(prepared)
        } catch let error as IngestError {
            return .failure(Failure(error.reason, isAboutContent: error.isAboutContent))
        } catch {
            return .failure(Failure("\(error)"))
        }
    }

    /// Why a file was not indexed, as a one-line reason.
    package struct Failure: Error {
        package let reason: String
        /// The file holds nothing to index, rather than could not be read.
        package let isAboutContent: Bool
        package init(_ reason: String, isAboutContent: Bool = false) {
            self.reason = reason
            self.isAboutContent = isAboutContent
        }
    }

    static func now() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return t.tv_sec
    }
}

/// A value handed from one thread to another and never used by both at once.
package struct Unshared<Value>: @unchecked Sendable {
    package let value: Value
    package init(_ value: Value) { self.value = value }
}
