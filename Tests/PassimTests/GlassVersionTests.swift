import Testing
import Glibc
import Xapian
@testable import PassimIndex
@testable import PassimSupport
@testable import PassimText

/// The glass version-file reader behind `UnusedShardSpace`: it must read what a real commit
/// wrote, cut only blocks past that commit, and cut nothing when it does not know the file.
@Suite(.serialized) struct GlassVersionTests {
    static func shard() throws -> (IngestFolder, index: String, shard: String) {
        let (corpus, index) = try IndexDamageTests.indexed()
        return (corpus, index, try IndexDamageTests.firstShard(index))
    }

    static func length(_ file: String) -> Int64 {
        var info = stat()
        return stat(file, &info) == 0 ? Int64(info.st_size) : -1
    }

    static func put(_ path: String, _ bytes: [UInt8]) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(fd >= 0, "cannot write \(path)")
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func aCommittedVersionFileNamesEveryTableWithinItsFile() throws {
        let (corpus, _, shard) = try Self.shard()
        defer { corpus.remove() }
        let bytes = try #require(FileSystem.readBytes(shard + "/" + UnusedShardSpace.versionFile))
        let tables = try #require(GlassVersion.tables(in: bytes))
        #expect(tables.map(\.name) == GlassVersion.tableNames)
        for table in tables {
            #expect(table.usedBytes % 2048 == 0, "\(table)")
            let file = shard + "/" + table.name + ".glass"
            if Self.length(file) >= 0 { #expect(table.usedBytes <= Self.length(file), "\(table)") }
        }
        let postlist = try #require(tables.first { $0.name == "postlist" })
        #expect(postlist.usedBytes > 0)
    }

    /// What a failed batch leaves (blocks past the commit, a half-written version file) is given
    /// back, and the shard answers as before.
    @Test func blocksPastTheCommitAreGivenBackAndTheShardIsUnchanged() throws {
        let (corpus, index, shard) = try Self.shard()
        defer { corpus.remove() }
        let before = try Database(path: shard).stats().documentCount
        let table = shard + "/postlist.glass"
        let committed = Self.length(table)
        let extra = 3 * 8192
        let fd = open(table, O_WRONLY | O_APPEND)
        #expect(fd >= 0)
        let zeros = [UInt8](repeating: 0, count: extra)
        #expect(write(fd, zeros, extra) == extra)
        close(fd)
        Self.put(shard + "/" + UnusedShardSpace.pendingVersionFile, Array("half".utf8))

        let freed = UnusedShardSpace.giveBack(shard)
        #expect(freed >= Int64(extra) + 4)
        #expect(Self.length(table) <= committed)
        #expect(Self.length(shard + "/" + UnusedShardSpace.pendingVersionFile) == -1)
        #expect(try Database(path: shard).stats().documentCount == before)
        #expect(try !IndexCheck.run(indexPath: index).isDamaged)
        // A second pass finds nothing more to give.
        #expect(UnusedShardSpace.giveBack(shard) == 0)
    }

    /// A file of another format, cut short, or missing: nothing is cut.
    @Test func aVersionFileNotKnownHereCutsNothing() throws {
        let (corpus, _, shard) = try Self.shard()
        defer { corpus.remove() }
        let real = try #require(FileSystem.readBytes(shard + "/" + UnusedShardSpace.versionFile))
        var otherFormat = real
        otherFormat[otherFormat.count > 15 ? 15 : 0] ^= 0xff
        #expect(GlassVersion.tables(in: otherFormat) == nil)
        #expect(GlassVersion.tables(in: []) == nil)
        #expect(GlassVersion.tables(in: Array(real.prefix(GlassVersion.magic.count + 16))) == nil)
        #expect(GlassVersion.tables(in: GlassVersion.magic + [UInt8](repeating: 0xff, count: 64)) == nil)
        // Every cut of the real file reads without a crash, and none reads as more than the whole.
        let whole = try #require(GlassVersion.tables(in: real))
        for count in 0..<real.count {
            if let tables = GlassVersion.tables(in: Array(real.prefix(count))) { #expect(tables == whole) }
        }

        // A folder of tables whose version file is garbage, then missing.
        let folder = IngestFolder()
        defer { folder.remove() }
        let table = folder.path + "/postlist.glass"
        Self.put(table, [UInt8](repeating: 7, count: 16384))
        Self.put(folder.path + "/" + UnusedShardSpace.versionFile, otherFormat)
        #expect(UnusedShardSpace.giveBack(folder.path) == 0)
        #expect(Self.length(table) == 16384)
        _ = unlink(folder.path + "/" + UnusedShardSpace.versionFile)
        #expect(UnusedShardSpace.giveBack(folder.path) == 0)
        #expect(Self.length(table) == 16384)
    }
}
