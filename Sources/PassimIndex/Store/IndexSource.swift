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
}
