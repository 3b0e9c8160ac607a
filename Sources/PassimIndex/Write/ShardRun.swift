#if canImport(Glibc)
import Glibc
#endif
import Xapian
import Synchronization
import PassimEntities
import PassimSupport
import PassimText

/// Progress shared by the shard writers, read by the thread that reports it.
package final class ProgressCounter: Sendable {
    private let state: Mutex<IndexProgress>

    package init(filesTotal: Int, bytesTotal: Int64) {
        state = Mutex(IndexProgress(filesDone: 0, filesTotal: filesTotal, bytesDone: 0, bytesTotal: bytesTotal))
    }

    package func addFile(bytes: Int64) {
        state.withLock {
            $0.filesDone += 1
            $0.bytesDone += bytes
        }
    }

    package var snapshot: IndexProgress { state.withLock { $0 } }
}

/// One shard's part of a run: its files, read and prepared by its own
/// workers and written by its own writer, on a thread of its own. Touched by
/// that thread only until `runAll` returns.
package final class ShardRun: @unchecked Sendable {
    package let writer: ArticleWriter
    package let files: [IndexPlan.Item]
    package let counter: ProgressCounter
    package let recognizer: EntityRecognizer?
    package var summary = IndexSummary()
    /// Content hashes of articles new to the index, to recognise moved files.
    package var addedHashes = Set<UInt64>()
    package var error: PassimError?

    package init(writer: ArticleWriter, files: [IndexPlan.Item], counter: ProgressCounter, recognizer: EntityRecognizer?) {
        self.writer = writer
        self.recognizer = recognizer
        self.files = files
        self.counter = counter
    }

    /// Runs every shard at once; calls `progress` about ten times a second
    /// on this thread until all are done. When one fails, the others stop.
    package static func runAll(_ runs: [ShardRun], progress: (() -> Void)?) {
        let stop = Atomic<Bool>(false)
        let workersPerShard = max(1, OrderedPipeline.processorCount / max(1, runs.count))
        let threads = ThreadGroup()
        let finished = Atomic<Int>(0)
        for run in runs {
            threads.spawn {
                run.run(workers: workersPerShard, stop: stop)
                finished.add(1, ordering: .releasing)
            }
        }
        while finished.load(ordering: .acquiring) < runs.count {
            progress?()
            usleep(100_000)
        }
        threads.join()
        progress?()
    }

    private func run(workers: Int, stop: borrowing Atomic<Bool>) {
        let files = files
        let recognizer = recognizer
        let corpus = writer.corpus
        do {
            try OrderedPipeline.run(
                count: files.count, workers: workers, window: 256,
                makeWorker: {
                    let builder = Result { () throws(XapianError) in
                        try DocumentBuilder(gazetteer: recognizer?.gazetteer, corpus: corpus)
                    }
                    return { index in
                        Indexer.prepare(files[index].file, id: files[index].id, builder: builder, recognizer: recognizer)
                    }
                },
                consume: { index, prepared in
                    if Interruption.requested { throw PassimError.interrupted }
                    if stop.load(ordering: .relaxed) { throw PassimError.interrupted }
                    try write(files[index], prepared)
                })
            try writer.finishBatch()
        } catch PassimError.interrupted where !stop.load(ordering: .relaxed) {
            summary.interrupted = true
            do { try writer.finishBatch() } catch { self.error = PassimError(error, index: writer.database.path) }
        } catch PassimError.interrupted {
            // Stopped because another shard failed; that shard reports why. The
            // batch is dropped, not committed: on a full disk a commit would
            // only take the room the next run needs, and that run redoes it.
            writer.abandonBatch()
        } catch {
            self.error = PassimError(any: error, index: writer.database.path)
            writer.abandonBatch()
            stop.store(true, ordering: .relaxed)
        }
    }

    private func write(_ item: IndexPlan.Item, _ prepared: Result<PreparedArticle, Indexer.Failure>) throws {
        defer { counter.addFile(bytes: item.file.size) }
        let article: PreparedArticle
        switch prepared {
        case .failure(let failure):
            summary.skipped.append(SkippedFile(path: item.file.relativePath, reason: failure.reason))
            // A file that cannot be read now loses nothing; one emptied or
            // turned binary loses its old text.
            if failure.isAboutContent {
                let record = ArticleRecord(size: item.file.size, modifiedNanoseconds: item.file.modifiedNanoseconds,
                                           passageCount: 0, contentHash: 0, relativePath: item.file.relativePath,
                                           statedDate: item.file.statedDate)
                try writer.recordWithoutPassages(record, id: item.id, replacing: item.replaces)
            }
            return
        case .success(let a):
            article = a
        }
        summary.bytesRead += min(item.file.size, Int64(Tuning.maxFileBytes))
        if let note = article.note { summary.notes.append(SkippedFile(path: item.file.relativePath, reason: note)) }
        // An article dated by its file's time takes the new day when touched.
        // So does one whose `dates.tsv` entry changed.
        let redated = (article.dateSource == .modified
            && item.previous.map { FileTimeDate.day(nanoseconds: $0.modifiedNanoseconds) != article.date } == true)
            || item.previous.map { $0.statedDate != item.file.statedDate } == true
        if let previous = item.previous, previous.contentHash == article.record.contentHash, !redated,
           item.isConsistent {
            // Touched but not changed: remember the new mtime only.
            try writer.touch(article.record, id: item.id)
            summary.unchanged += 1
            return
        }
        summary.passagesWritten += try writer.write(article, replacing: item.replaces)
        if item.previous == nil {
            summary.added += 1
            addedHashes.insert(article.record.contentHash)
        } else {
            summary.updated += 1
        }
    }
}
