import Testing
import Glibc
import Xapian
@testable import PassimIndex
@testable import PassimSupport
@testable import PassimText

/// Damage to the index files is reported as damage, with the command that
/// repairs it; odd files and paths never stop a run.
@Suite(.serialized) struct IndexDamageTests {
    static func indexed() throws -> (IngestFolder, String) {
        let corpus = IndexIntegrityTests.corpus()
        _ = try Indexer(corpus: corpus.path).run()
        return (corpus, corpus.path + "/.passim")
    }

    static func firstShard(_ index: String) throws -> String {
        try #require(IndexLayout.read(index)).shardPaths.first { (try? Database(path: $0).stats().documentCount) ?? 0 > 0 }!
    }

    @Test func aMissingPositionTableIsDamageNotASoundDatabase() throws {
        let (corpus, index) = try Self.indexed()
        defer { corpus.remove() }
        _ = unlink(try Self.firstShard(index) + "/position.glass")
        let report = try IndexCheck.run(indexPath: index)
        #expect(report.isDamaged)
        #expect(report.damageReport.contains("position.glass"))
        #expect(report.rebuildCommand == "rm -r \(ShellWord.quoted(index)) && passim index \(ShellWord.quoted(corpus.path))")
    }

    @Test func aTruncatedTableIsReportedAsDamage() throws {
        let (corpus, index) = try Self.indexed()
        defer { corpus.remove() }
        let table = try Self.firstShard(index) + "/postlist.glass"
        var info = stat()
        _ = stat(table, &info)
        #expect(truncate(table, off_t(info.st_size / 2)) == 0)
        #expect(try IndexCheck.run(indexPath: index).isDamaged)
        // Reading the lost blocks: Xapian's "EOF reading block", which is damage.
        let error = #expect(throws: XapianError.self) { _ = try Database(path: table.dropLast(14) + "").terms(withPrefix: "") }
        #expect(error?.kind == .corrupt, "\(String(describing: error))")
        let shown = PassimError(try #require(error), index: index).description
        #expect(shown.contains("damaged") && shown.contains("rm -r"), "\(shown)")
    }

    @Test func aLostShardListOrShardSaysWhatIsMissingAndHowToRebuild() throws {
        let (corpus, index) = try Self.indexed()
        defer { corpus.remove() }
        let layout = try #require(IndexLayout.read(index))
        #expect(FileSystem.removeTree(layout.shardPaths[1]))
        for attempt in [{ _ = try IndexCheck.run(indexPath: index) }, { _ = try Searcher(indexPath: index) },
                        { _ = try Indexer(corpus: corpus.path).run() }] as [() throws -> Void] {
            let error = #expect(throws: PassimError.self) { try attempt() }
            let shown = error?.description ?? ""
            #expect(shown.contains("shard \(layout.shards[1]) listed in XAPIANDB is missing") && shown.contains("rm -r"), "\(shown)")
        }
        _ = unlink(index + "/XAPIANDB")
        let error = #expect(throws: PassimError.self) { _ = try Searcher(indexPath: index) }
        #expect(error?.description.contains("XAPIANDB is missing") == true, "\(String(describing: error))")
    }

    @Test func aFileTouchedBeyond2262IsIndexedAndChecked() throws {
        let corpus = IndexIntegrityTests.corpus()
        defer { corpus.remove() }
        // 2300-01-01: past what nanoseconds since 1970 hold in 64 bits.
        var times = [timespec(tv_sec: 10_413_792_000, tv_nsec: 0), timespec(tv_sec: 10_413_792_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, corpus.path + "/b.txt", &times, 0) == 0)
        let file = try #require(try FileWalker.walk(root: corpus.path).files.first { $0.relativePath == "b.txt" })
        #expect(file.modifiedNanoseconds == .max)
        #expect(try Indexer(corpus: corpus.path).run().added == 3)
        #expect(try IndexCheck.run(indexPath: corpus.path + "/.passim").isCurrent)
    }

    @Test func aFolderPathLongerThanXapiansTermLimitIndexesAndFilters() throws {
        let corpus = IndexIntegrityTests.corpus()
        defer { corpus.remove() }
        let long = String(repeating: "h", count: 250)
        corpus.write(long + "/x.txt", "Shelling near Zaporizhzhia cut power to the plant again.\n")
        let summary = try Indexer(corpus: corpus.path).run()
        #expect(summary.added == 4 && summary.skipped.isEmpty, "\(summary.skipped)")
        #expect(try Searcher(indexPath: corpus.path + "/.passim").count(SearchRequest(query: "Zaporizhzhia")) == 1)
        let term = IndexSchema.boundedTerm(IndexSchema.folderPrefix, long)
        #expect(term.utf8.count <= IndexSchema.maxTermBytes)
        #expect(term != IndexSchema.boundedTerm(IndexSchema.folderPrefix, long + "i"))
        #expect(try Searcher(indexPath: corpus.path + "/.passim").count(SearchRequest(query: "folder:news")) == 1)
    }

    @Test func aLongTermIsCutOnACharacterBoundary() {
        let term = IndexSchema.boundedTerm("XF", String(repeating: "é", count: 200))
        #expect(term.utf8.count <= IndexSchema.maxTermBytes)
        #expect(!term.contains("\u{FFFD}"))
    }
}
