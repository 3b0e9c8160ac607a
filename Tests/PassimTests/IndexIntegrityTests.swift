import Testing
import Glibc
import Xapian
@testable import PassimIndex
@testable import PassimSupport
@testable import PassimText

/// What the index holds must be what the folder says, whatever happened to
/// the last run: a crash between commits, files emptied or turned binary.
@Suite(.serialized) struct IndexIntegrityTests {
    static let articles = [
        "a.txt": "Grain exports through the Black Sea corridor resumed on Monday, officials said.\n\nShips left Odesa at dawn.\n",
        "b.txt": "Talks in Geneva on prisoner exchanges stalled again on Friday.\n",
        "news/c.txt": "Drones struck a fuel depot near Kursk overnight, the governor said.\n\nFires burned until noon.\n",
    ]

    static func corpus() -> IngestFolder {
        let folder = IngestFolder()
        for (path, text) in articles { folder.write(path, text) }
        return folder
    }

    /// Every passage id in the index with the number of documents holding it.
    static func passages(_ index: String) throws -> [String: UInt64] {
        let database = try Database(path: index + "/" + IndexLayout.stubName)
        return Dictionary(uniqueKeysWithValues: try database.terms(withPrefix: IndexSchema.passageIDPrefix))
    }

    /// Writes an article's passages into its shard and commits them without
    /// its record: the state a kill leaves between two commits of a run.
    static func commitPassagesWithoutRecord(_ relative: String, corpus: IngestFolder, index: String) throws {
        let file = try #require(try FileWalker.walk(root: corpus.path).files.first { $0.relativePath == relative })
        let id = ArticleID(relativePath: file.relativeBytes)
        let layout = try #require(IndexLayout.read(index))
        let shard = try WritableDatabase(path: layout.shardPaths[layout.shard(of: id)], create: false)
        let prepared = try Indexer.prepare(file, id: id, builder: .success(try DocumentBuilder()), recognizer: nil).get()
        guard case .documents(let documents) = prepared.content else { Issue.record("built in the writer"); return }
        for document in documents.value { try shard.add(document) }
        try shard.close()
    }

    @Test func passagesCommittedWithoutTheirRecordAreReplacedNotDuplicated() throws {
        let corpus = Self.corpus()
        defer { corpus.remove() }
        let index = corpus.path + "/.passim"
        _ = try Indexer(corpus: corpus.path).run()
        let clean = try Self.passages(index)

        corpus.write("d.txt", "Artillery fire was heard across the river near Kherson late on Sunday.\n")
        try Self.commitPassagesWithoutRecord("d.txt", corpus: corpus, index: index)
        let report = try IndexCheck.run(indexPath: index)
        #expect(report.inconsistent.contains { $0.contains("which has no record") }, "\(report.inconsistent)")

        let summary = try Indexer(corpus: corpus.path).run()
        #expect(summary.added == 1)
        let after = try Self.passages(index)
        #expect(after.values.allSatisfy { $0 == 1 }, "\(after)")
        #expect(after.count == clean.count + 1)
        let repaired = try IndexCheck.run(indexPath: index)
        #expect(repaired.isCurrent, "\(repaired.inconsistent) \(repaired.missing)")
    }

    @Test func passagesTwiceBesideTheirRecordAreSeenByCheckAndRepairedByTheNextRun() throws {
        let corpus = Self.corpus()
        defer { corpus.remove() }
        let index = corpus.path + "/.passim"
        _ = try Indexer(corpus: corpus.path).run()
        let clean = try Self.passages(index)
        // What an earlier version left: the passages added again after a kill, with the record.
        try Self.commitPassagesWithoutRecord("news/c.txt", corpus: corpus, index: index)

        let report = try IndexCheck.run(indexPath: index)
        #expect(report.inconsistent == ["news/c.txt (passages 2 times over, 1 recorded)"])
        _ = try Indexer(corpus: corpus.path).run()
        #expect(try Self.passages(index) == clean)
        #expect(try IndexCheck.run(indexPath: index).isCurrent)
    }

    @Test func passagesOfAFileDeletedBeforeItsRecordWasCommittedGo() throws {
        let corpus = Self.corpus()
        defer { corpus.remove() }
        let index = corpus.path + "/.passim"
        _ = try Indexer(corpus: corpus.path).run()
        let clean = try Self.passages(index)
        corpus.write("d.txt", "Artillery fire was heard across the river near Kherson late on Sunday.\n")
        try Self.commitPassagesWithoutRecord("d.txt", corpus: corpus, index: index)
        _ = unlink(corpus.path + "/d.txt")

        _ = try Indexer(corpus: corpus.path).run()
        #expect(try Self.passages(index) == clean)
    }

    @Test func aFileEmptiedOrTurnedBinaryLosesItsOldPassages() throws {
        let corpus = Self.corpus()
        defer { corpus.remove() }
        let index = corpus.path + "/.passim"
        _ = try Indexer(corpus: corpus.path).run()
        let searcher = { try Searcher(indexPath: index) }
        #expect(try searcher().count(SearchRequest(query: "Geneva")) == 1)
        #expect(try searcher().count(SearchRequest(query: "Odesa")) == 1)

        corpus.write("b.txt", "")
        corpus.write("a.txt", bytes: [0x00, 0x01, 0x02, 0x00, 0xFF, 0x00] + Array(repeating: 0, count: 64))
        let summary = try Indexer(corpus: corpus.path).run()
        #expect(summary.skipped.count == 2)
        #expect(try searcher().count(SearchRequest(query: "Geneva")) == 0)
        #expect(try searcher().count(SearchRequest(query: "Odesa")) == 0)
        #expect(summary.articles == 1)
        // Recorded as holding nothing: not read again, and not a problem for check.
        let again = try Indexer(corpus: corpus.path).run()
        #expect(again.skipped.isEmpty && again.unchanged == 3)
        #expect(try IndexCheck.run(indexPath: index).isCurrent)
    }

    @Test func filesThatHoldNothingToIndexAreNotProblemsForCheck() throws {
        let corpus = Self.corpus()
        defer { corpus.remove() }
        corpus.write("empty.txt", "")
        corpus.write("binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00] + Array(repeating: 0, count: 100))
        corpus.write("wide.txt", bytes: [0xFF, 0xFE] + Array("Grain talks".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let summary = try Indexer(corpus: corpus.path).run()
        #expect(summary.skipped.count == 3)
        let report = try IndexCheck.run(indexPath: corpus.path + "/.passim")
        #expect(report.missing.isEmpty, "\(report.missing)")
        #expect(report.isCurrent)
    }
}
