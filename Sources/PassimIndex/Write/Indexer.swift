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

    package func run(progress: ((IndexProgress) -> Void)? = nil) throws(PassimError) -> IndexSummary {
        let clock = ContinuousClock.now
        var summary = IndexSummary()

        var walk: WalkReport
        do { walk = try FileWalker.walk(root: corpus, excluding: [indexPath], follow: followLinks) } catch {
            throw PassimError.corpus(error.description)
        }
        let waiting = Self.setAsideWithoutTools(&walk, notes: &summary.notes)
        summary.warnings = SidecarStep.apply(folder: corpus, to: &walk)
        summary.skipped = walk.skipped
        summary.ignoredByExtension = walk.ignoredByExtension
        summary.linksLeavingFolder = walk.linksLeavingRoot
        if FileSystem.kind(of: indexPath) == .file {
            throw PassimError.usage("\(indexPath) is a file, not an index folder; choose another --index")
        }

        let lock = try IndexLock(indexPath, wait: waitForLock, waiting: onWait)
        defer { withExtendedLifetime(lock) {} }
        var layout = try openLayout()
        do {
            let writers = try layout.shardPaths.map { path throws(XapianError) in
                ArticleWriter(database: try WritableDatabase(path: path, create: true))
            }
            let isNew = try writers.allSatisfy { try $0.database.documentCount() == 0 }
            var records = try checkSchema(writers.map(\.database))
            let indexed = try IndexedPassages.load(writers.map(\.database))
            let entities = try EntitySetup(index: indexPath, shards: writers.map(\.database), adding: addedGazetteers)
            if let problem = entities.problem { summary.notes.append(SkippedFile(path: "entities", reason: problem)) }
            if entities.changed, !isNew {
                summary.notes.append(SkippedFile(path: "entities", reason:
                    "the gazetteer changed; new and changed files use it, run `passim retag` to re-tag the others"))
            }
            let corpusID = try writers[0].database.reader.metadata(IndexSchema.corpusKey)
            for writer in writers {
                writer.gazetteer = entities.recognizer?.gazetteer
                writer.corpus = corpusID
                writer.commitBytes = commitBytes
            }
            // Memory per file counts on a folder of a million: the walk's list
            // and the plan's are let go once each shard has its own.
            var plan = IndexPlan(walk: walk, records: records, indexed: indexed, keeping: waiting)
            walk.files = []
            summary.unchanged = plan.unchanged

            // Each shard's files, in path order, written by its own thread.
            var perShard = Array(repeating: [IndexPlan.Item](), count: writers.count)
            for item in plan.toRead { perShard[layout.shard(of: item.id)].append(item) }
            let counter = ProgressCounter(filesTotal: plan.toRead.count,
                                          bytesTotal: plan.toRead.reduce(0) { $0 + $1.file.size })
            plan.toRead = []
            let runs = perShard.indices.map { index in
                ShardRun(writer: writers[index], files: perShard[index], counter: counter, recognizer: entities.recognizer)
            }
            perShard = []
            ShardRun.runAll(runs, progress: progress.map { report in { report(counter.snapshot) } })

            // Records keeps only what the index held, less what is removed below.
            var addedHashes = Set<UInt64>()
            for run in runs {
                if let error = run.error { throw error }
                summary.absorb(run.summary)
                addedHashes.formUnion(run.addedHashes)
            }

            if !summary.interrupted {
                for id in plan.orphans(indexed, records: records) { try writers[layout.shard(of: id)].remove(id) }
                for (id, record) in plan.toRemove(records) {
                    try writers[layout.shard(of: id)].remove(id)
                    records[id] = nil
                    if addedHashes.remove(record.contentHash) != nil {
                        summary.moved += 1
                        summary.added -= 1
                    } else {
                        summary.removed += 1
                    }
                }
            }
            let now = String(Self.now())
            for writer in writers {
                try writer.finishBatch()
                try writer.database.setMetadata(now, forKey: IndexSchema.updatedKey)
                try writer.database.commit()
            }
            // Articles with passages; a file recorded as holding none is not one.
            summary.articles = try writers.reduce(0) { $0 + (try $1.database.reader.terms(withPrefix: IndexSchema.articlePrefix).count) }
            summary.passages = Int(try writers.reduce(UInt64(0)) { $0 + (try $1.database.documentCount()) })

            // Compact the shards this run rewrote much of: smaller, faster to search.
            var compacted: [Int: String] = [:]
            if !summary.interrupted {
                for (index, run) in runs.enumerated() {
                    let documents = try writers[index].database.documentCount()
                    if documents > 0, isNew || Double(run.summary.passagesWritten) >= Tuning.compactFraction * Double(documents) {
                        compacted[index] = layout.nextGeneration(of: index)
                    }
                }
                try Self.compact(compacted.map { (layout.shardPaths[$0.key], layout.path + "/" + $0.value) })
            }
            for writer in writers { try writer.database.close() }
            let old = layout.shardPaths
            for (index, name) in compacted.sorted(by: { $0.key < $1.key }) {
                try layout.replace(shard: index, with: name)
                FileSystem.removeTree(old[index])
            }
            summary.compactedShards = compacted.count
        } catch {
            throw PassimError(any: error, index: indexPath)
        }
        summary.seconds = (ContinuousClock.now - clock).seconds
        return summary
    }

    /// The layout of the index, made with `shardCount` shards if new.
    private func openLayout() throws(PassimError) -> IndexLayout {
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
    private func checkSchema(_ shards: [WritableDatabase]) throws -> [ArticleID: ArticleRecord] {
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
    private static func compact(_ pairs: [(String, String)]) throws(XapianError) {
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

    private static func now() -> Int {
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
