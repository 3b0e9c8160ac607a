import CXapianShim

/// The one writer of a database. Changes become visible to readers, all at
/// once, at `commit()`; `close()` commits and releases the lock.
public final class WritableDatabase {
    let handle: OpaquePointer
    private var closed = false
    /// Where the database is.
    public let path: String
    /// The database as this writer sees it (its last commit and what it has
    /// written since), for every read: metadata, terms, synonyms, statistics.
    /// Once the writer is closed, reads through it throw `.invalidArgument`.
    public let reader: Database

    /// Opens the database at `path` for writing; `create` makes it when missing.
    /// Throws `.lock` when another writer holds it.
    public init(path: String, create: Bool) throws(XapianError) {
        var out: OpaquePointer?
        try shim { xs_writable_open(path, path.utf8.count, create, &out, $0) }
        var view: OpaquePointer?
        do {
            try shim { xs_writable_reader(out, &view, $0) }
        } catch {
            xs_writable_free(out)
            throw error
        }
        handle = out!
        reader = Database(handle: view!)
        self.path = path
    }

    deinit { xs_writable_free(handle) }

    /// Adds `document`, replacing every document indexed by `idTerm`.
    public func replace(idTerm: String, with document: Document) throws(XapianError) {
        try shim { xs_writable_replace(handle, idTerm, idTerm.utf8.count, document.handle, $0) }
    }

    public func add(_ document: Document) throws(XapianError) {
        try shim { xs_writable_add(handle, document.handle, $0) }
    }

    /// Deletes every document indexed by `term`.
    public func deleteDocuments(withTerm term: String) throws(XapianError) {
        try shim { xs_writable_delete_term(handle, term, term.utf8.count, $0) }
    }

    /// Counts `word` as seen `frequency` more times, for spelling suggestions.
    public func addSpelling(_ word: String, frequency: UInt32 = 1) throws(XapianError) {
        try shim { xs_writable_add_spelling(handle, word, word.utf8.count, frequency, $0) }
    }

    /// Makes `term` a synonym of `key` (a word, or words separated by spaces).
    public func addSynonym(_ term: String, forKey key: String) throws(XapianError) {
        try shim { xs_writable_add_synonym(handle, key, key.utf8.count, term, term.utf8.count, $0) }
    }

    public func clearSynonyms() throws(XapianError) {
        try shim { xs_writable_clear_synonyms(handle, $0) }
    }

    /// The highest document id used so far.
    public func lastDocumentID() throws(XapianError) -> UInt32 {
        var id: UInt32 = 0
        try shim { xs_writable_last_docid(handle, &id, $0) }
        return id
    }

    /// The ids of the documents indexed by `term`, in order.
    public func documentIDs(withTerm term: String) throws(XapianError) -> [UInt32] {
        final class Collector { var ids: [UInt32] = [] }
        let collector = Collector()
        try shim { error in
            xs_writable_postings(handle, term, term.utf8.count, { context, id in
                Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue().ids.append(id)
            }, Unmanaged.passUnretained(collector).toOpaque(), error)
        }
        return collector.ids
    }

    /// A copy of document `id` to change and put back with `replace(documentID:with:)`.
    public func document(_ id: UInt32) throws(XapianError) -> Document {
        var out: OpaquePointer?
        try shim { xs_writable_document(handle, id, &out, $0) }
        return Document(handle: out!)
    }

    public func replace(documentID id: UInt32, with document: Document) throws(XapianError) {
        try shim { xs_writable_replace_docid(handle, id, document.handle, $0) }
    }

    public func setMetadata(_ value: String, forKey key: String) throws(XapianError) {
        try shim { xs_writable_set_metadata(handle, key, key.utf8.count, value, value.utf8.count, $0) }
    }

    public func documentCount() throws(XapianError) -> UInt64 {
        var n: UInt64 = 0
        try shim { xs_writable_doc_count(handle, &n, $0) }
        return n
    }

    public func commit() throws(XapianError) {
        try shim { xs_writable_commit(handle, $0) }
    }

    /// Starts an atomic batch: nothing after this is visible or durable until
    /// `commitTransaction()`; a crash before it leaves the last commit intact.
    public func beginTransaction() throws(XapianError) {
        try shim { xs_writable_begin_transaction(handle, $0) }
    }

    public func commitTransaction() throws(XapianError) {
        try shim { xs_writable_commit_transaction(handle, $0) }
    }

    public func cancelTransaction() throws(XapianError) {
        try shim { xs_writable_cancel_transaction(handle, $0) }
    }

    /// Commits and releases the lock. Further use throws `.invalidArgument`.
    public func close() throws(XapianError) {
        guard !closed else { return }
        try shim { xs_writable_close(handle, $0) }
        closed = true
    }
}
