import Xapian
import PassimEntities
import PassimSupport
import PassimText

/// Writes prepared articles into one database in atomic batches: a batch is
/// committed once `Tuning.commitBytes` of files have gone in, so a crash
/// loses at most one batch and the writer's memory stays bounded. A batch
/// ends only after an article's record, so its passages and its record are
/// committed together (a file too large for one batch is the exception; see
/// `write`).
package final class ArticleWriter {
    package let database: WritableDatabase
    private var inTransaction = false
    private var bytesInBatch: Int64 = 0
    /// For the entity filter terms of the documents built here.
    package var gazetteer: Gazetteer?
    /// The index's corpus id, for collapse keys.
    package var corpus = ""
    /// Bytes of files per batch.
    package var commitBytes = Tuning.commitBytes
    /// Builds documents for the articles too large to build ahead (see `PreparedArticle`).
    private lazy var builder = Result { () throws(XapianError) in try DocumentBuilder(gazetteer: gazetteer, corpus: corpus) }

    package init(database: WritableDatabase) { self.database = database }

    /// After a failed write: drops the open batch, closes the database, and
    /// gives back the space its tables hold past the latest commit (see
    /// `UnusedShardSpace`). Returns the bytes given back.
    @discardableResult
    package func giveBackFailedWrites() -> Int64 {
        abandonBatch()
        try? database.close()
        return UnusedShardSpace.giveBack(database.path)
    }

    /// Replaces the article's passages (if it had any) with `article`'s.
    /// `replacing`: the index holds passages or a record of the article,
    /// which go first. Returns the number of passages written.
    package func write(_ article: PreparedArticle, replacing: Bool) throws(XapianError) -> Int {
        try begin()
        let id = article.id
        if replacing { try database.deleteDocuments(withTerm: IndexSchema.articlePrefix + id.description) }
        var written = 0
        // Bytes counted towards the batch once the record is in.
        var unaccounted: Int64 = 0
        switch article.content {
        case .documents(let documents):
            for document in documents.value { try database.add(document) }
            written = documents.value.count
            unaccounted = article.record.size
        case .passages(let passages, let mentions):
            // A very large file: documents are built here a slice at a time and
            // committed as they go, so memory stays bounded. A crash part-way
            // leaves passages without their new record; the next run sees them
            // (`IndexedPassages`) and replaces them.
            let builder = try builder.get()
            var start = 0
            while start < passages.count {
                let end = min(passages.count, start + Tuning.passagesPerSlice)
                let slice = ArticleForIndex(id: id, relativePath: article.record.relativePath, title: article.title,
                                            date: article.date, dateSource: article.dateSource,
                                            passages: Array(passages[start..<end]),
                                            mentions: mentions.isEmpty ? [] : Array(mentions[start..<end]))
                for document in try builder.build(slice).documents { try database.add(document) }
                let bytes = Int64(passages[start..<end].reduce(0) { $0 + $1.text.utf8.count })
                if end < passages.count { try account(bytes) } else { unaccounted = bytes }
                written += end - start
                start = end
            }
        }
        if !replacing {
            // Counted once per article, so updates do not inflate counts.
            for (word, count) in article.words { try database.addSpelling(word, frequency: count) }
        }
        try database.setMetadata(article.record.encoded, forKey: Self.recordKey(id))
        try account(unaccounted)
        return written
    }

    /// Records a new mtime for a file whose content did not change.
    package func touch(_ record: ArticleRecord, id: ArticleID) throws(XapianError) {
        try begin()
        try database.setMetadata(record.encoded, forKey: Self.recordKey(id))
    }

    /// Records a file that was read and holds nothing to index (empty,
    /// binary, an encoding not read), dropping what was indexed from it
    /// before, so the index neither keeps its old text nor reads it again
    /// until it changes.
    package func recordWithoutPassages(_ record: ArticleRecord, id: ArticleID, replacing: Bool) throws(XapianError) {
        try begin()
        if replacing { try database.deleteDocuments(withTerm: IndexSchema.articlePrefix + id.description) }
        try database.setMetadata(record.encoded, forKey: Self.recordKey(id))
    }

    /// Drops every passage of an article and what the index knew of it.
    package func remove(_ id: ArticleID) throws(XapianError) {
        try begin()
        try database.deleteDocuments(withTerm: IndexSchema.articlePrefix + id.description)
        try database.setMetadata("", forKey: Self.recordKey(id))
    }

    /// Commits the open batch, if any. When the commit fails (a full disk),
    /// Xapian has already dropped the batch and gone back to the last commit.
    package func finishBatch() throws(XapianError) {
        guard inTransaction else { return }
        inTransaction = false
        bytesInBatch = 0
        try database.commitTransaction()
    }

    /// Drops the open batch, if any, after a failure: nothing of it is
    /// written, and the next run redoes its files.
    package func abandonBatch() {
        guard inTransaction else { return }
        inTransaction = false
        bytesInBatch = 0
        try? database.cancelTransaction()
    }

    package static func recordKey(_ id: ArticleID) -> String { IndexSchema.articleRecordPrefix + id.description }

    private func begin() throws(XapianError) {
        if !inTransaction {
            try database.beginTransaction()
            inTransaction = true
        }
    }

    private func account(_ bytes: Int64) throws(XapianError) {
        bytesInBatch += bytes
        if bytesInBatch >= commitBytes {
            try finishBatch()
            try begin()
        }
    }
}

/// One file read and cut, ready for the writer.
package struct PreparedArticle: @unchecked Sendable {
    package var id: ArticleID
    package var title: String
    package var date: String?
    package var dateSource: DateSource
    package var record: ArticleRecord
    /// Words and counts for spelling suggestions.
    package var words: [String: UInt32]
    /// The passages as documents, built on a worker thread; or, for a file too
    /// large to hold as documents at once, the passages for the writer to build.
    package var content: Content
    /// Said about the file, such as that only its start was read.
    package var note: String?

    package enum Content {
        case documents(Unshared<[Document]>)
        case passages([Passage], [[EntityMention]])
    }
}
