#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import Xapian
import PassimEntities
import PassimSupport

/// What a `passim retag` run did.
package struct RetagSummary: Sendable {
    package var articles = 0, passages = 0
    package var mentionsBefore = 0, mentionsAfter = 0
    package var seconds = 0.0
    package var interrupted = false
}

/// `passim retag`: tags every passage of an index again with the current
/// gazetteer (and the user's files), from the text the index stores — no
/// article is read again. Each shard is re-tagged by its own thread, article
/// by article (so short mentions resolve as at indexing), in atomic batches.
package final class Retagger {
    package let indexPath: String
    package var addedGazetteers: [String] = []
    package var waitForLock = true
    package var onWait: (String) -> Void = { _ in }

    package init(indexPath: String) { self.indexPath = FileSystem.absolute(indexPath) }

    package func run(progress: ((Int, Int) -> Void)? = nil) throws(PassimError) -> RetagSummary {
        let clock = ContinuousClock.now
        if let damage = IndexLayout.damage(of: indexPath) { throw damage }
        guard let layout = IndexLayout.read(indexPath) else { throw PassimError.notAnIndex(path: indexPath) }
        _ = try IndexHandle(path: indexPath) // the schema check, with its messages
        let lock = try IndexLock(indexPath, wait: waitForLock, waiting: onWait)
        defer { withExtendedLifetime(lock) {} }
        var summary = RetagSummary()
        do {
            let shards = try layout.shardPaths.map { path throws(XapianError) in try WritableDatabase(path: path, create: false) }
            let setup = try EntitySetup(index: indexPath, shards: shards, adding: addedGazetteers, force: true)
            guard let recognizer = setup.recognizer else {
                throw PassimError.usage("cannot re-tag: \(setup.problem ?? "no entity data")")
            }
            let total = try shards.reduce(0) { $0 + (try $1.reader.terms(withPrefix: IndexSchema.articlePrefix).count) }
            let done = Atomic<Int>(0)
            let jobs = shards.map { ShardRetag(database: $0, recognizer: recognizer) }
            let threads = ThreadGroup()
            for job in jobs { threads.spawn { job.run(done: done) } }
            var finished = false
            while !finished {
                progress?(done.load(ordering: .relaxed), total)
                finished = jobs.allSatisfy { $0.finished.load(ordering: .acquiring) }
                if !finished { usleep(100_000) }
            }
            threads.join()
            progress?(total, total)
            for job in jobs {
                if let error = job.error { throw PassimError(error, index: indexPath) }
                summary.articles += job.articles
                summary.passages += job.passages
                summary.mentionsBefore += job.mentionsBefore
                summary.mentionsAfter += job.mentionsAfter
                summary.interrupted = summary.interrupted || job.interrupted
            }
            for shard in shards { try shard.close() }
        } catch {
            throw PassimError(any: error, index: indexPath)
        }
        summary.seconds = (ContinuousClock.now - clock).seconds
        return summary
    }
}

/// One shard's re-tagging, on a thread of its own.
private final class ShardRetag: @unchecked Sendable {
    package let database: WritableDatabase
    package let recognizer: EntityRecognizer
    package var articles = 0, passages = 0, mentionsBefore = 0, mentionsAfter = 0
    package var interrupted = false
    package var error: XapianError?
    package let finished = Atomic<Bool>(false)

    package init(database: WritableDatabase, recognizer: EntityRecognizer) {
        self.database = database
        self.recognizer = recognizer
    }

    package func run(done: borrowing Atomic<Int>) {
        defer { finished.store(true, ordering: .releasing) }
        do throws(XapianError) {
            let builder = try DocumentBuilder(gazetteer: recognizer.gazetteer)
            var inBatch = 0
            try database.beginTransaction()
            for (term, _) in try database.reader.terms(withPrefix: IndexSchema.articlePrefix) {
                if Interruption.requested { interrupted = true; break }
                try retag(article: term, builder: builder)
                articles += 1
                done.add(1, ordering: .relaxed)
                inBatch += 1
                if inBatch >= Tuning.retagBatchArticles {
                    try database.commitTransaction()
                    try database.beginTransaction()
                    inBatch = 0
                }
            }
            try database.commitTransaction()
        } catch {
            self.error = error
        }
    }

    /// The passages of one article, tagged again in order.
    private func retag(article term: String, builder: DocumentBuilder) throws(XapianError) {
        var passages: [(id: UInt32, document: Document, record: PassageRecord)] = []
        for id in try database.documentIDs(withTerm: term) {
            let document = try database.document(id)
            guard let record = PassageRecord(decoding: try document.data()) else { continue }
            passages.append((id, document, record))
        }
        passages.sort { $0.record.ordinal < $1.record.ordinal }
        var tagger = recognizer.article()
        for var passage in passages {
            mentionsBefore += passage.record.mentions.count
            passage.record.mentions = tagger.mentions(in: Array(passage.record.text.utf8))
            mentionsAfter += passage.record.mentions.count
            for kind in EntityKind.allCases {
                try passage.document.removeTerms(withPrefix: IndexSchema.mentionPrefix(kind))
                try passage.document.removeTerms(withPrefix: IndexSchema.filterPrefix(kind))
            }
            try passage.document.addValue("", slot: IndexSchema.entitySlot)
            try builder.addEntities(passage.record.mentions, to: passage.document)
            try passage.document.setData(passage.record.encoded())
            try database.replace(documentID: passage.id, with: passage.document)
            self.passages += 1
        }
    }
}
