import Xapian
import PassimSupport

/// The indexes one search reads, open and joined into one database (Xapian's
/// combined databases: one ranking, one collapse, one count over all), kept
/// on the latest commit of each.
package final class SourceSet {
    /// The first index searched (as given).
    package let indexPath: String
    private let sources: [IndexSource]
    private let timeoutMilliseconds: UInt32
    private let allowPartial: Bool
    private(set) var handles: [IndexHandle] = []
    private(set) var database: Database
    /// Sources that could not be reached and were left out (with allowPartial).
    private(set) var leftOut: [String] = []

    /// `timeout`: seconds to wait for a remote index; `allowPartial`: search
    /// the rest when one cannot be reached, with a warning, instead of failing.
    init(_ sources: [IndexSource], timeout: Double, allowPartial: Bool) throws(PassimError) {
        guard let first = sources.first else { throw PassimError.usage("no index to search") }
        self.sources = sources
        timeoutMilliseconds = UInt32(clamping: Int(timeout * 1000))
        self.allowPartial = allowPartial
        indexPath = first.description
        (handles, database, leftOut) = try Self.open(sources, timeoutMilliseconds: timeoutMilliseconds, allowPartial: allowPartial)
    }

    /// The folder the first index was made from.
    var corpusRoot: String { handles[0].corpusRoot }

    /// Opens every source and joins them into one database.
    private static func open(_ sources: [IndexSource], timeoutMilliseconds: UInt32,
                             allowPartial: Bool) throws(PassimError) -> ([IndexHandle], Database, [String]) {
        var opened: [IndexHandle] = []
        var leftOut: [String] = []
        for source in sources {
            do {
                opened.append(try IndexHandle(source, timeoutMilliseconds: timeoutMilliseconds))
            } catch .unreachable(let where_, let detail) where allowPartial {
                leftOut.append("\(where_) (\(detail))")
            }
        }
        guard let first = opened.first else {
            throw PassimError.unreachable(source: sources.map(\.description).joined(separator: ", "), detail: "none could be reached")
        }
        // One source is searched through its own handle; several are combined
        // into a fresh one, so each source's own stays whole.
        if opened.count == 1 { return (opened, first.database, leftOut) }
        let combined: Database
        do {
            switch first.source {
            case .local(let path): combined = try Database(path: path)
            case .remote(let host, let port):
                combined = try Database(remoteHost: host, port: port, timeoutMilliseconds: timeoutMilliseconds)
            }
            for other in opened.dropFirst() { try combined.add(other.database) }
        } catch {
            throw PassimError(error, index: first.source.description)
        }
        return (opened, combined, leftOut)
    }

    /// The path of a hit for the user: its source's root joined with its
    /// relative path, relative to the current folder when inside it. In a
    /// combined database, document ids interleave: id − 1 modulo the number of
    /// databases says which one a document is from.
    func path(of record: PassageRecord, documentID: UInt32, here: String) -> String {
        var index = Int((documentID &- 1) % UInt32(max(1, handles.reduce(0) { $0 + $1.databaseCount })))
        for handle in handles {
            if index < handle.databaseCount {
                return FileSystem.relative(handle.corpusRoot + "/" + record.relativePath, to: here)
            }
            index -= handle.databaseCount
        }
        return record.relativePath
    }

    /// Runs `body` on the latest commit of the indexes. A set kept open
    /// follows the writer: it reopens before each use, opens the index afresh
    /// when compaction replaced its shards, and retries when a writer's
    /// commits overwrote the revision being read (DatabaseModifiedError).
    func reading<T>(_ body: (Database) throws(PassimError) -> T) throws(PassimError) -> T {
        var attempts = 0
        while true {
            do {
                try database.reopen()
            } catch where error.kind == .notFound || error.kind == .opening {
                (handles, database, leftOut) = try Self.open(sources, timeoutMilliseconds: timeoutMilliseconds,
                                                             allowPartial: allowPartial)
            } catch {
                throw PassimError(error, index: indexPath)
            }
            do {
                return try body(database)
            } catch .indexChanged where attempts < 5 {
                attempts += 1
            } catch .unreachable where allowPartial && attempts < 5 {
                // A remote index stopped answering: search the others.
                attempts += 1
                try dropSilentRemotes()
            }
        }
    }

    /// Reopens without the remote indexes that no longer answer.
    private func dropSilentRemotes() throws(PassimError) {
        let alive = handles.filter { handle in
            guard case .remote = handle.source else { return true }
            return (try? handle.database.stats()) != nil
        }
        let dropped = handles.filter { h in !alive.contains { $0.source == h.source } }
        guard !dropped.isEmpty, !alive.isEmpty else { throw PassimError.unreachable(source: indexPath, detail: "no index answers") }
        (handles, database, leftOut) = try Self.open(alive.map(\.source), timeoutMilliseconds: timeoutMilliseconds,
                                                     allowPartial: true)
        leftOut += dropped.map { "\($0.source) (stopped answering)" }
    }
}

/// Runs Xapian calls on the index at `path`, turning their errors into Passim's.
func withPassimErrors<T>(index path: String, _ body: () throws(XapianError) -> T) throws(PassimError) -> T {
    do { return try body() } catch { throw PassimError(error, index: path) }
}
