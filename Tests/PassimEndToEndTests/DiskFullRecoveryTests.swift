import Foundation
import Testing

/// An index on a small disk of its own that fills up: the run that does not
/// fit fails with one line, keeps every committed passage and gives back the
/// space it took, so that the next run that fits succeeds.
@Suite(.serialized) struct DiskFullRecoveryTests {
    @Test func aRunThatFillsTheDiskGivesTheSpaceBackAndTheNextRunThatFitsSucceeds() throws {
        guard let disk = SmallDisk(megabytes: 2) else { return }
        let corpus = try Corpus.synthetic(articles: 40)
        let index = disk.url.appendingPathComponent("idx")
        let environment = SmallDisk.smallEntityData(in: corpus)
        // One shard, one batch: the failed run commits nothing, so what it leaves is exact.
        let first = try passim(["index", ".", "--index", index.path, "--shards", "1", "-q"], in: corpus.url,
                               environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let committed = try PassageIDs(of: index)
        let freeBefore = disk.freeBytes

        try SmallDisk.writeArticles(700, into: corpus, folder: "extra")
        let full = try passim(["index", ".", "--index", index.path, "-q"], in: corpus.url, environment: environment)
        #expect(full.status == 2)
        let lines = full.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(full.stderr)")
        #expect(full.stderr.contains("disk full while writing the index \(index.path) ("), "\(full.stderr)")
        #expect(full.stderr.contains("MB free") && full.stderr.contains("--index PATH"), "\(full.stderr)")
        // Nothing committed is lost, and the failed batch's space is back.
        #expect(try PassageIDs(of: index).differences(from: committed) == "none")
        #expect(disk.freeBytes >= freeBefore - 64 << 10, "free \(disk.freeBytes) after, \(freeBefore) before")
        let check = try passim(["check", "--index", index.path], in: corpus.url, environment: environment)
        #expect(check.stdout.contains("database sound"), "\(check.stdout)")
        #expect(try passim(["search", "artillery", "--index", index.path], in: corpus.url).status == 0)

        // A few of the new files fit: the next run takes them, as a fresh index would.
        for i in 20..<700 { try FileManager.default.removeItem(at: corpus.url.appendingPathComponent("extra/b\(i).txt")) }
        let fits = try passim(["index", ".", "--index", index.path, "-q"], in: corpus.url, environment: environment)
        #expect(fits.status == 0, "\(fits.stderr)")
        let fresh = corpus.url.appendingPathComponent(".fresh")
        #expect(try passim(["index", ".", "--index", fresh.path, "-q"], in: corpus.url, environment: environment).status == 0)
        #expect(try PassageIDs(of: index).differences(from: PassageIDs(of: fresh)) == "none")
        let recheck = try passim(["check", "--index", index.path], in: corpus.url, environment: environment)
        #expect(recheck.status == 0 && recheck.stdout.contains("database sound"), "\(recheck.stdout)")
    }

    @Test func spaceAWriterThatDiedLeftPastTheLastCommitIsGivenBackByTheNextRun() throws {
        guard let disk = SmallDisk(megabytes: 2) else { return }
        let corpus = try Corpus.synthetic(articles: 40)
        let index = disk.url.appendingPathComponent("idx")
        let environment = SmallDisk.smallEntityData(in: corpus)
        #expect(try passim(["index", ".", "--index", index.path, "-q"], in: corpus.url, environment: environment).status == 0)
        let committed = try PassageIDs(of: index)
        // As a writer killed in a batch leaves it: blocks past the commit's, filling the disk.
        let shard = try #require(try FileManager.default.contentsOfDirectory(atPath: index.path).first { $0.hasPrefix("shard-") })
        let table = try FileHandle(forWritingTo: index.appendingPathComponent("\(shard)/postlist.glass"))
        table.seekToEndOfFile()
        let block = Data(repeating: 0xAB, count: 8192)
        while (try? table.write(contentsOf: block)) != nil {}
        try? table.close()
        #expect(disk.freeBytes < 64 << 10)

        try SmallDisk.writeArticles(10, into: corpus, folder: "extra")
        let next = try passim(["index", ".", "--index", index.path, "-q"], in: corpus.url, environment: environment)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try PassageIDs(of: index).total > committed.total)
        let check = try passim(["check", "--index", index.path], in: corpus.url, environment: environment)
        #expect(check.status == 0 && check.stdout.contains("database sound"), "\(check.stdout)")
    }
}

extension PassageIDs {
    /// "none", or how many passages of `expected` are missing, extra or held twice.
    func differences(from expected: PassageIDs) -> String {
        let have = Set(counts.keys), want = Set(expected.counts.keys)
        let missing = want.subtracting(have).count, extra = have.subtracting(want).count
        let twice = counts.values.filter { $0 > 1 }.count
        return missing + extra + twice == 0 ? "none" : "\(missing) missing, \(extra) extra, \(twice) held twice"
    }
}

/// A tmpfs of a few megabytes, mounted for one test and unmounted when the
/// value goes away; nil (with a note) where this process may not mount one:
/// not root, or a container without CAP_SYS_ADMIN.
final class SmallDisk {
    let url: URL

    init?(megabytes: Int) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("passim-disk-\(UUID().uuidString)")
        guard getuid() == 0 else {
            print("skipped: mounting a small file system needs root")
            return nil
        }
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        guard system("mount -t tmpfs -o size=\(megabytes)m tmpfs '\(url.path)' 2>/dev/null") == 0 else {
            print("skipped: mounting a tmpfs was refused here (no CAP_SYS_ADMIN?)")
            try? FileManager.default.removeItem(at: url)
            return nil
        }
    }

    deinit {
        _ = system("umount '\(url.path)'")
        try? FileManager.default.removeItem(at: url)
    }

    var freeBytes: Int64 {
        var info = statvfs()
        guard statvfs(url.path, &info) == 0 else { return -1 }
        return Int64(info.f_bavail) * Int64(info.f_frsize)
    }

    /// $PASSIM_DATA with an empty gazetteer: the synonyms of the full one take
    /// megabytes, the room a small disk has for articles.
    static func smallEntityData(in corpus: Corpus) -> [String: String] {
        let data = corpus.url.appendingPathComponent(".data")
        try? FileManager.default.createDirectory(at: data.appendingPathComponent("gazetteer"),
                                                 withIntermediateDirectories: true)
        return ["PASSIM_DATA": data.path]
    }

    /// `count` made-up articles of four passages each in `folder`, the same every time.
    static func writeArticles(_ count: Int, into corpus: Corpus, folder: String) throws {
        let words = ["shells", "border", "troops", "ceasefire", "minister", "drone", "oil", "market", "talks", "city"]
        for i in 0..<count {
            var text = "Report \(i) from \(folder)\n\n"
            for p in 0..<4 {
                text += (0..<60).map { words[($0 * 7 + i * 3 + p) % words.count] + ($0 % 12 == 11 ? "." : "") }
                    .joined(separator: " ") + "\n\n"
            }
            try corpus.write("\(folder)/b\(i).txt", text)
        }
    }
}
