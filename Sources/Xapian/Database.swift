import CXapianShim

/// Stemming strategies of Xapian's TermGenerator and QueryParser.
public enum Stemming: Sendable {
    case none, some, all, allZ, someFullPositions

    var shim: xs_stemming {
        switch self {
        case .none: XS_STEM_NONE
        case .some: XS_STEM_SOME
        case .all: XS_STEM_ALL
        case .allZ: XS_STEM_ALL_Z
        case .someFullPositions: XS_STEM_SOME_FULL_POS
        }
    }
}

/// Checks the database at `path` for damage, as xapian-check does: the
/// number of problems and Xapian's account of them.
public func checkDatabase(at path: String) throws(XapianError) -> (errors: UInt64, report: String) {
    var errors: UInt64 = 0
    let report = try shimString { xs_database_check(path, path.utf8.count, &errors, $0, $1) }
    return (errors, report)
}

/// Writes a compacted copy of the database at `input` to the new folder
/// `output`; the input is left as it is.
public func compactDatabase(at input: String, into output: String) throws(XapianError) {
    try shim { xs_database_compact(input, input.utf8.count, output, output.utf8.count, $0) }
}

/// A read-only database, or several searched as one.
public final class Database {
    let handle: OpaquePointer

    /// Opens the database (a directory or a Xapian stub file) at `path`.
    public init(path: String) throws(XapianError) {
        var out: OpaquePointer?
        try shim { xs_database_open(path, path.utf8.count, &out, $0) }
        handle = out!
    }

    /// The database a Xapian remote server (xapian-tcpsrv) serves at `host`:`port`.
    public init(remoteHost host: String, port: UInt32, timeoutMilliseconds: UInt32) throws(XapianError) {
        var out: OpaquePointer?
        try shim { xs_database_open_remote(host, host.utf8.count, port, timeoutMilliseconds, &out, $0) }
        handle = out!
    }

    /// Takes over a handle the shim made (a writer's reader view).
    init(handle: OpaquePointer) { self.handle = handle }

    deinit { xs_database_free(handle) }

    /// How many databases this one searches as one (shards included).
    public var databaseCount: Int { Int(xs_database_count(handle)) }

    /// Searches `other` too, as part of this database.
    public func add(_ other: Database) throws(XapianError) {
        try shim { xs_database_add(handle, other.handle, $0) }
    }

    /// Moves to the latest commit; returns whether anything changed.
    @discardableResult
    public func reopen() throws(XapianError) -> Bool {
        var changed = false
        try shim { xs_database_reopen(handle, &changed, $0) }
        return changed
    }

    public struct Stats: Sendable {
        public var documentCount: UInt64
        public var lastDocumentID: UInt64
        public var totalLength: UInt64
        public var averageLength: Double
        public var hasPositions: Bool
    }

    public func stats() throws(XapianError) -> Stats {
        var s = xs_database_stats()
        try shim { xs_database_stats_get(handle, &s, $0) }
        return Stats(documentCount: s.doc_count, lastDocumentID: s.last_docid, totalLength: s.total_length,
                     averageLength: s.average_length, hasPositions: s.has_positions)
    }

    /// Distinct terms with `prefix`; walks the vocabulary.
    public func countTerms(prefix: String = "") throws(XapianError) -> UInt64 {
        var n: UInt64 = 0
        try shim { xs_database_count_terms(handle, prefix, prefix.utf8.count, &n, $0) }
        return n
    }

    /// Documents indexed by `term`.
    public func termFrequency(_ term: String) throws(XapianError) -> UInt64 {
        var n: UInt64 = 0
        try shim { xs_database_term_freq(handle, term, term.utf8.count, &n, $0) }
        return n
    }

    /// Calls `body` with each metadata (key, value) whose key starts with
    /// `prefix`, in key order, holding none of them (a million fit in little memory).
    public func forEachMetadata(withPrefix prefix: String, _ body: (String, String) -> Void) throws(XapianError) {
        try walkMetadata(body) { xs_database_each_metadata(handle, prefix, prefix.utf8.count, $0, $1, $2) }
    }

    /// Every term starting with `prefix`, with the number of documents it indexes.
    public func terms(withPrefix prefix: String) throws(XapianError) -> [(term: String, documents: UInt64)] {
        try collectTerms { xs_database_each_term(handle, prefix, prefix.utf8.count, $0, $1, $2) }
    }

    /// The terms the synonym table maps `key` (a word, or words joined by
    /// single spaces) to; empty when it has none.
    public func synonyms(of key: String) throws(XapianError) -> [String] {
        try collectTerms { xs_database_each_synonym(handle, key, key.utf8.count, $0, $1, $2) }.map(\.term)
    }

    /// User metadata under `key`, "" when unset.
    public func metadata(_ key: String) throws(XapianError) -> String {
        try shimString { xs_database_metadata(handle, key, key.utf8.count, $0, $1) }
    }
}
