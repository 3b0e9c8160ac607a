#if canImport(Glibc)
import Glibc
#endif
import PassimSupport

/// Gives back the space a shard's tables hold past what its latest commit uses.
///
/// A glass database never overwrites the blocks of its latest commit: a
/// batch writes new blocks, mostly past the end of the tables. When the
/// batch fails (a full disk) or the writer dies, the database stays at the
/// commit, but the tables keep their new length, and the space counts as
/// used until later commits reuse it — on a full disk, never. Xapian has no
/// call that gives it back, and compacting needs room for a whole copy, so
/// each table is cut back to the blocks the commit uses: its version file
/// (`iamglass`, renamed into place by every commit) names, per table, the
/// block size and the first block never used. Cutting needs no free space.
enum UnusedShardSpace {
    /// Glass's version file, and the one a commit writes before renaming it.
    static let versionFile = "iamglass"
    static let pendingVersionFile = "v.tmp"

    /// Cuts each table of the shard at `shard` back to the blocks its latest
    /// commit uses and removes a version file left half written; returns the
    /// bytes given back. Touches nothing when the version file is not one
    /// this reader knows. Only with the index locked and no writer open.
    @discardableResult
    static func giveBack(_ shard: String) -> Int64 {
        guard let bytes = FileSystem.readBytes(shard + "/" + versionFile),
              let tables = GlassVersion.tables(in: bytes) else { return 0 }
        var freed: Int64 = 0
        for table in tables {
            let file = shard + "/" + table.name + ".glass"
            guard let length = length(of: file), length > table.usedBytes,
                  truncate(file, off_t(table.usedBytes)) == 0 else { continue }
            freed += length - table.usedBytes
        }
        let pending = shard + "/" + pendingVersionFile
        if let length = length(of: pending), unlink(pending) == 0 { freed += length }
        return freed
    }

    private static func length(of file: String) -> Int64? {
        var info = stat()
        guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int64(info.st_size)
    }
}

/// What a glass version file (Xapian 1.4) says each table of its commit uses.
///
///     magic "\x0f\x0dXapian Glass" + format (2 bytes), uuid (16 bytes), revision,
///     then per table (postlist, docdata, termlist, position, spelling, synonym):
///     root, flags, entries, block size / 2048, compress-min, and a string
///     holding the free list: revision, first unused block, two cursors
///
/// Numbers are Xapian's packed integers (7 bits a byte, low first, the top
/// bit set on every byte but the last); a string is its length, then bytes.
enum GlassVersion {
    struct Table: Equatable {
        let name: String
        /// Bytes of the table file the commit uses: every block below the first never used.
        let usedBytes: Int64
    }

    static let magic: [UInt8] = [0x0f, 0x0d] + Array("Xapian Glass".utf8) + [0x04, 0x6e]
    static let tableNames = ["postlist", "docdata", "termlist", "position", "spelling", "synonym"]

    /// The tables of a version file, or nil when it is not one of the format
    /// known here (then nothing may be cut).
    static func tables(in bytes: [UInt8]) -> [Table]? {
        guard bytes.starts(with: magic), bytes.count > magic.count + 16 else { return nil }
        var reader = PackedReader(bytes: bytes, offset: magic.count + 16)
        guard reader.number() != nil else { return nil }
        var tables: [Table] = []
        for name in tableNames {
            guard reader.number() != nil, reader.number() != nil, reader.number() != nil,
                  let blockUnits = reader.number(), reader.number() != nil,
                  let freeList = reader.string() else { return nil }
            let blockSize = blockUnits << 11
            guard (2048...65536).contains(blockSize), blockSize & (blockSize - 1) == 0 else { return nil }
            var list = PackedReader(bytes: freeList, offset: 0)
            // A table never committed has no free list, and uses no block.
            var firstUnused: UInt64 = 0
            if !freeList.isEmpty {
                guard list.number() != nil, let first = list.number(), first < 1 << 32 else { return nil }
                firstUnused = first
            }
            tables.append(Table(name: name, usedBytes: Int64(firstUnused * blockSize)))
        }
        return tables
    }
}

/// Reads Xapian's packed integers and strings from bytes.
private struct PackedReader {
    let bytes: [UInt8]
    var offset: Int

    init<Bytes: Collection<UInt8>>(bytes: Bytes, offset: Int) {
        self.bytes = Array(bytes)
        self.offset = offset
    }

    mutating func number() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    mutating func string() -> ArraySlice<UInt8>? {
        guard let length = number(), length <= UInt64(bytes.count - offset) else { return nil }
        let start = offset
        offset += Int(length)
        return bytes[start..<offset]
    }
}
