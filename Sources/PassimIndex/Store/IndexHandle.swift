import Xapian
import PassimSupport

/// An index opened for reading, checked to be a Passim index of this schema:
/// where every reader starts (search, check, retag, serve, stats).
package struct IndexHandle {
    package let source: IndexSource
    package let database: Database
    package let schema: SchemaStamp
    /// The folder its hits' paths are relative to (for a remote one, its address).
    package let corpusRoot: String
    /// How many databases it adds to a combined search (its shards).
    package let databaseCount: Int

    /// Opens the local index at `path` (or the index inside the corpus folder `path`).
    package init(path: String) throws(PassimError) {
        try self.init(try IndexSource(path))
    }

    /// Opens `source`, waiting `timeoutMilliseconds` for a remote one.
    package init(_ source: IndexSource, timeoutMilliseconds: UInt32 = UInt32(Tuning.remoteTimeout * 1000)) throws(PassimError) {
        self.source = source
        database = try Self.connect(source, timeoutMilliseconds: timeoutMilliseconds)
        let database = self.database
        guard let stamp = try SchemaStamp.read(at: source.description, metadata: { key throws(XapianError) in
            try database.metadata(key)
        }) else { throw PassimError.notAnIndex(path: source.description) }
        schema = stamp
        switch source {
        case .local(let path):
            // An index inside its corpus follows the folder when it moves.
            corpusRoot = FileSystem.lastComponent(of: path) == IndexLocation.folderName
                ? FileSystem.parent(of: path) : stamp.storedRoot
        case .remote:
            // The server's folder means nothing here: paths say where they came from.
            corpusRoot = source.description
        }
        databaseCount = database.databaseCount
    }

    private static func connect(_ source: IndexSource, timeoutMilliseconds: UInt32) throws(PassimError) -> Database {
        do {
            switch source {
            case .local(let path):
                guard FileSystem.kind(of: path) != .missing else { throw PassimError.notAnIndex(path: path) }
                return try Database(path: path)
            case .remote(let host, let port):
                return try Database(remoteHost: host, port: port, timeoutMilliseconds: timeoutMilliseconds)
            }
        } catch let error as XapianError where error.kind == .network {
            throw PassimError.unreachable(source: source.description, detail: error.message)
        } catch let error as XapianError {
            throw PassimError(error, index: source.description)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: source.description, detail: "\(error)")
        }
    }
}
