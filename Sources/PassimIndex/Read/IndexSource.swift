import Xapian
import PassimSupport

/// Where a search reads: a local index (a folder, a shard, or a Xapian stub
/// file listing databases) or a shard served by a Xapian remote server
/// (`tcp://host:port`, see `passim serve`).
package enum IndexSource: Sendable, Equatable, CustomStringConvertible {
    case local(String)
    case remote(host: String, port: UInt32)

    /// Reads `--index` values: `tcp://host:port`, else a path.
    package init(_ text: String) throws(PassimError) {
        guard text.hasPrefix("tcp://") else {
            // A corpus folder stands for its index.
            let path = FileSystem.absolute(text)
            let inside = path + "/" + IndexLocation.folderName
            let isIndex = IndexLayout.read(path) != nil || FileSystem.kind(of: path + "/iamglass") == .file
            self = .local(!isIndex && FileSystem.kind(of: inside) == .directory ? inside : path)
            return
        }
        let rest = text.dropFirst("tcp://".count).split(separator: "/").first.map(String.init) ?? ""
        guard let colon = rest.lastIndex(of: ":"), let port = UInt32(rest[rest.index(after: colon)...]),
              (1...65535).contains(port), colon > rest.startIndex else {
            throw PassimError.usage("`\(text)` is not a remote index; write tcp://HOST:PORT")
        }
        var host = String(rest[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self = .remote(host: host, port: port)
    }

    package var description: String {
        switch self {
        case .local(let path): path
        case .remote(let host, let port): "tcp://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        }
    }

    /// Opens the source and checks it is a Passim index of this schema.
    package func open(timeoutMilliseconds: UInt32) throws(PassimError) -> OpenedSource {
        let database: Database
        do {
            switch self {
            case .local(let path):
                guard FileSystem.kind(of: path) != .missing else { throw PassimError.notAnIndex(path: path) }
                database = try Database(path: path)
            case .remote(let host, let port):
                database = try Database(remoteHost: host, port: port, timeoutMilliseconds: timeoutMilliseconds)
            }
        } catch let error as XapianError where error.kind == .network {
            throw PassimError.unreachable(source: description, detail: error.message)
        } catch let error as XapianError {
            throw PassimError(error, index: description)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: description, detail: "\(error)")
        }
        do {
            let version = try database.metadata(IndexSchema.versionKey)
            guard !version.isEmpty else { throw PassimError.notAnIndex(path: description) }
            guard version == String(IndexSchema.version) else {
                throw PassimError.schemaMismatch(path: description, found: version)
            }
            let root: String
            switch self {
            case .local(let path):
                // An index inside its corpus follows the folder when it moves.
                root = FileSystem.lastComponent(of: path) == IndexLocation.folderName
                    ? FileSystem.parent(of: path) : try database.metadata(IndexSchema.rootKey)
            case .remote:
                // The server's folder means nothing here: paths say where they came from.
                root = description
            }
            return OpenedSource(source: self, database: database, root: root, databases: database.databaseCount)
        } catch let error as XapianError {
            throw PassimError(error, index: description)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: description, detail: "\(error)")
        }
    }
}

/// A source, open, with what it takes to tell its hits apart.
package struct OpenedSource {
    package var source: IndexSource
    package var database: Database
    /// The folder its paths are relative to (for a remote one, its address).
    package var root: String
    /// How many databases it adds to a combined search (its shards).
    package var databases: Int
}
