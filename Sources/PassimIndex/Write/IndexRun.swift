import Xapian
import PassimEntities
import PassimSupport
import PassimText

/// The shards of the index opened for writing, with what the run learnt of them.
struct OpenShards {
    let writers: [ArticleWriter]
    /// Every shard was empty: the run builds the index anew.
    let isNew: Bool
    /// What the index knows of each article.
    let records: [ArticleID: ArticleRecord]
    /// The passages each article has in the index.
    let indexed: [ArticleID: Int]
    let entities: EntitySetup
}

extension Indexer {
    /// Runs the stages of an index update in order: walk the folder, set aside
    /// files whose tool is missing, lock, open the shards (schema and gazetteer
    /// sync), plan, write the shards, remove what left, commit, compact and swap.
    package func run(progress: ((IndexProgress) -> Void)? = nil) throws(PassimError) -> IndexSummary {
        let clock = ContinuousClock.now
        var summary = IndexSummary()
        var walk = try walkCorpus(into: &summary)
        let waiting = Self.setAsideWithoutTools(&walk, notes: &summary.notes)
        if FileSystem.kind(of: indexPath) == .file {
            throw PassimError.usage("\(indexPath) is a file, not an index folder; choose another --index")
        }
        let lock = try IndexLock(indexPath, wait: waitForLock, waiting: onWait)
        defer { withExtendedLifetime(lock) {} }
        var layout = try openLayout()
        var writers: [ArticleWriter] = []
        var start: IndexSize?
        var runs: [ShardRun] = []
        // What an earlier run that died (or failed) left past the last commit.
        for shard in layout.shardPaths { UnusedShardSpace.giveBack(shard) }
        do {
            writers = try layout.shardPaths.map { path throws(XapianError) in
                ArticleWriter(database: try WritableDatabase(path: path, create: true))
            }
            let shards = try openShards(writers, summary: &summary)
            start = IndexSize(shards: Self.size(of: writers), files: shards.records.values.reduce(0) { $0 + $1.size })
            var plan = plan(&walk, shards: shards, keeping: waiting, summary: &summary)
            runs = writeShards(&plan, shards: shards, layout: layout, progress: progress)
            let addedHashes = try absorb(runs, into: &summary)
            if !summary.interrupted {
                try removeLeftFiles(plan, shards: shards, layout: layout, addedHashes: addedHashes, summary: &summary)
            }
            try commit(shards, summary: &summary)
            try compactAndSwap(shards, runs: runs, layout: &layout, summary: &summary)
        } catch {
            throw failure(PassimError(any: error, index: indexPath), writers: writers, start: start,
                          progress: runs.first?.counter.snapshot)
        }
        summary.seconds = (ContinuousClock.now - clock).seconds
        return summary
    }

    /// The corpus folder's files, with what the walk left out noted in `summary`.
    private func walkCorpus(into summary: inout IndexSummary) throws(PassimError) -> WalkReport {
        var walk: WalkReport
        do { walk = try FileWalker.walk(root: corpus, excluding: [indexPath], follow: followLinks) } catch {
            throw PassimError.corpus(error.description)
        }
        // Before the counts are copied: dates.tsv is read, not left out.
        summary.warnings = SidecarStep.apply(folder: corpus, to: &walk)
        summary.skipped = walk.skipped
        summary.ignoredByExtension = walk.ignoredByExtension
        summary.linksLeavingFolder = walk.linksLeavingRoot
        return walk
    }

    /// Checks or stamps the schema of every shard, and syncs the gazetteer
    /// into the index, setting each shard's writer up with it.
    private func openShards(_ writers: [ArticleWriter], summary: inout IndexSummary) throws -> OpenShards {
        let isNew = try writers.allSatisfy { try $0.database.documentCount() == 0 }
        let records = try checkSchema(writers.map(\.database))
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
        return OpenShards(writers: writers, isNew: isNew, records: records, indexed: indexed, entities: entities)
    }

    /// What to read, what is unchanged and what left, from the walk and what
    /// the index holds; files `keeping` are neither read nor dropped.
    private func plan(_ walk: inout WalkReport, shards: OpenShards, keeping: [String],
                      summary: inout IndexSummary) -> IndexPlan {
        let plan = IndexPlan(walk: walk, records: shards.records, indexed: shards.indexed, keeping: keeping)
        // Memory per file counts on a folder of a million: the walk's list is let go once planned.
        walk.files = []
        summary.unchanged = plan.unchanged
        return plan
    }

    /// Writes each shard's files, in path order, on its own thread; returns the
    /// finished runs. The plan's list is let go once each shard has its own.
    private func writeShards(_ plan: inout IndexPlan, shards: OpenShards, layout: IndexLayout,
                             progress: ((IndexProgress) -> Void)?) -> [ShardRun] {
        var perShard = Array(repeating: [IndexPlan.Item](), count: shards.writers.count)
        for item in plan.toRead { perShard[layout.shard(of: item.id)].append(item) }
        let counter = ProgressCounter(filesTotal: plan.toRead.count,
                                      bytesTotal: plan.toRead.reduce(0) { $0 + $1.file.size })
        plan.toRead = []
        let runs = perShard.indices.map { index in
            ShardRun(writer: shards.writers[index], files: perShard[index], counter: counter,
                     recognizer: shards.entities.recognizer)
        }
        perShard = []
        ShardRun.runAll(runs, progress: progress.map { report in { report(counter.snapshot) } })
        return runs
    }

    /// Adds up what the shards did; returns the content hashes of the files
    /// added, to tell a move from an addition and a removal.
    private func absorb(_ runs: [ShardRun], into summary: inout IndexSummary) throws(PassimError) -> Set<UInt64> {
        var addedHashes = Set<UInt64>()
        for run in runs {
            if let error = run.error { throw error }
            summary.absorb(run.summary)
            addedHashes.formUnion(run.addedHashes)
        }
        return addedHashes
    }

    /// Drops the articles whose files left the folder (or whose passages have
    /// no record); a file found under a new path with the same content is a move.
    private func removeLeftFiles(_ plan: IndexPlan, shards: OpenShards, layout: IndexLayout,
                                 addedHashes: Set<UInt64>, summary: inout IndexSummary) throws {
        var addedHashes = addedHashes
        let writers = shards.writers
        for id in plan.orphans(shards.indexed, records: shards.records) { try writers[layout.shard(of: id)].remove(id) }
        for (id, record) in plan.toRemove(shards.records) {
            try writers[layout.shard(of: id)].remove(id)
            if addedHashes.remove(record.contentHash) != nil {
                summary.moved += 1
                summary.added -= 1
            } else {
                summary.removed += 1
            }
        }
    }

    /// Commits every shard with the time of the update, and counts what the index holds.
    private func commit(_ shards: OpenShards, summary: inout IndexSummary) throws {
        let now = String(Self.now())
        for writer in shards.writers {
            try writer.finishBatch()
            try writer.database.setMetadata(now, forKey: IndexSchema.updatedKey)
            try writer.database.commit()
        }
        let writers = shards.writers
        // Articles with passages; a file recorded as holding none is not one.
        summary.articles = try writers.reduce(0) { $0 + (try $1.database.reader.terms(withPrefix: IndexSchema.articlePrefix).count) }
        summary.passages = Int(try writers.reduce(UInt64(0)) { $0 + (try $1.database.documentCount()) })
    }

    /// Compacts the shards this run rewrote much of (smaller, faster to search),
    /// closes every shard, and swaps each compacted copy in for its shard.
    /// Without room for the copies, the shards stay as committed, with a note.
    private func compactAndSwap(_ shards: OpenShards, runs: [ShardRun], layout: inout IndexLayout,
                                summary: inout IndexSummary) throws {
        var compacted: [Int: String] = [:]
        if !summary.interrupted {
            for (index, run) in runs.enumerated() {
                let documents = try shards.writers[index].database.documentCount()
                let rewritten = Double(run.summary.passagesWritten) >= Tuning.compactFraction * Double(documents)
                if documents > 0, shards.isNew || rewritten { compacted[index] = layout.nextGeneration(of: index) }
            }
            let pairs = compacted.map { (layout.shardPaths[$0.key], layout.path + "/" + $0.value) }
            if let note = try compactUnlessFull(pairs) {
                summary.notes.append(note)
                compacted = [:]
            }
        }
        for writer in shards.writers { try writer.database.close() }
        let old = layout.shardPaths
        for index in compacted.keys.sorted() {
            if let note = try swapUnlessFull(shard: index, compacted: compacted, layout: &layout) {
                summary.notes.append(note)
                break
            }
            FileSystem.removeTree(old[index])
            summary.compactedShards += 1
        }
    }
}
