#if canImport(Glibc)
import Glibc
#endif
import PassimSupport

/// The folder of an index: shards — Xapian databases that each hold the
/// passages of some articles (by a hash of the path) — listed in Xapian's own
/// stub file `XAPIANDB`, through which Xapian opens them as one database.
///
///     .passim/XAPIANDB     "auto shard-0.1" and "auto shard-1.1"
///     .passim/shard-0.1/   a glass database
///     .passim/lock         held by the one writer; says who it is
///
/// A shard's folder name carries a generation: compaction writes the next
/// generation beside it and then switches the stub over atomically.
package struct IndexLayout: Sendable, Equatable {
    package let path: String
    /// Shard folder names, in shard order.
    package private(set) var shards: [String]

    package static let stubName = "XAPIANDB"

    package var shardPaths: [String] { shards.map { path + "/" + $0 } }

    /// The layout of an existing index, or nil when `path` holds none.
    package static func read(_ path: String) -> IndexLayout? {
        guard let text = FileSystem.readText(path + "/" + stubName) else { return nil }
        let shards = text.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: " ", maxSplits: 1)
            return fields.count == 2 && fields[0] == "auto" ? String(fields[1]) : nil
        }
        return shards.isEmpty ? nil : IndexLayout(path: path, shards: shards)
    }

    /// Starts the layout of a new index with `count` shards (the folder exists).
    package static func create(_ path: String, shards count: Int) throws(PassimError) -> IndexLayout {
        let layout = IndexLayout(path: path, shards: (0..<count).map { "shard-\($0).1" })
        try layout.writeStub()
        return layout
    }

    /// The shard that holds an article.
    package func shard(of id: ArticleID) -> Int { Int(id.value % UInt64(shards.count)) }

    /// The name of the next generation of shard `index`.
    package func nextGeneration(of index: Int) -> String {
        let current = shards[index]
        let generation = current.split(separator: ".").last.flatMap { Int($0) } ?? 1
        return "shard-\(index).\(generation + 1)"
    }

    /// Points shard `index` at folder `name`, atomically for readers.
    /// When the list cannot be written, the layout stays as it was.
    package mutating func replace(shard index: Int, with name: String) throws(PassimError) {
        var next = self
        next.shards[index] = name
        try next.writeStub()
        self = next
    }

    /// Writes the stub beside itself and renames it into place, so a reader
    /// sees the old list or the new one, never half of one.
    private func writeStub() throws(PassimError) {
        let text = shards.map { "auto \($0)\n" }.joined()
        let temporary = path + "/" + Self.stubName + ".new"
        guard FileSystem.writeText(text, to: temporary), rename(temporary, path + "/" + Self.stubName) == 0 else {
            let code = errno
            unlink(temporary)
            throw PassimError.writing("cannot write \(Self.stubName)", index: path, errno: code)
        }
    }
}
