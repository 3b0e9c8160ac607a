import Foundation
import Testing

/// Junk in the folder: each case gets a one-line message naming the file and
/// the reason, the run goes on, and nothing already indexed is lost.
@Suite struct BadInputTests {
    @Test func junkFilesAreSkippedWithAReasonAndTheRestIsIndexed() throws {
        let corpus = try Corpus()
        try Data([0x45, 0x00, 0x46, 0x00, 0x47]).write(to: corpus.url.appendingPathComponent("nul.txt"))
        try corpus.write("empty.txt", "")
        try corpus.write("blank.md", "   \n\n\t\n")
        try Data("Le caf\u{e9} de la gare".utf8.map { $0 }).write(to: corpus.url.appendingPathComponent("utf8.txt"))
        // Latin-1, not UTF-8: "café" as one byte 0xE9.
        try Data([0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x20, 0x6c, 0x61, 0x74, 0x65])
            .write(to: corpus.url.appendingPathComponent("latin1.txt"))
        try Data([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]).write(to: corpus.url.appendingPathComponent("photo.png"))

        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("nul.txt: binary file"))
        #expect(run.stderr.contains("empty.txt: empty file"))
        #expect(run.stderr.contains("blank.md: empty file"))
        #expect(run.stderr.contains("1 .png"))
        // Read all the same, and said so: the reader may want to convert it.
        #expect(run.stderr.contains("latin1.txt: not UTF-8; read as Windows-1252"))
        #expect(!run.stderr.contains("utf8.txt: not UTF-8"))
        let cafe = try passim(["search", "café", "--files"], in: corpus.url)
        #expect(cafe.lines.sorted() == ["latin1.txt", "utf8.txt"])
        #expect(try passim(["search", "Budanov"], in: corpus.url).status == 0)
    }

    @Test func symlinkLoopsAndBrokenLinksDoNotStopTheWalk() throws {
        let corpus = try Corpus()
        let fm = FileManager.default
        try fm.createDirectory(at: corpus.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: corpus.url.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: corpus.url.appendingPathComponent("broken.txt").path, withDestinationPath: "gone.txt")
        try fm.createSymbolicLink(atPath: corpus.url.appendingPathComponent("loop1.txt").path, withDestinationPath: "loop2.txt")
        try fm.createSymbolicLink(atPath: corpus.url.appendingPathComponent("loop2.txt").path, withDestinationPath: "loop1.txt")
        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("broken.txt: broken symbolic link"))
        #expect(run.stderr.contains("loop1.txt"))
        #expect(run.stderr.contains("sub/up: symbolic link to a folder"))
        #expect(run.stderr.contains("1 added"))
    }

    @Test func oddFileNamesAndVeryDeepTreesAreHandled() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("line\nbreak.txt", "Artillery duels along the river continued overnight, officials said.\n")
        // A name that is not UTF-8 (Latin-1 "é").
        let bytes: [UInt8] = Array(corpus.url.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = bytes.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        let text = Array("Cheap drones dominate the front line now, commanders said.\n".utf8)
        _ = write(fd, text, text.count)
        close(fd)
        // 150 folders deep: the path is longer than PATH_MAX, so it is made a
        // folder at a time relative to the last one.
        var folder = open(corpus.url.path, O_RDONLY | O_DIRECTORY)
        for i in 0..<150 {
            let name = "level-\(i)-abcdefghijklmnopqrstuvwxyz"
            #expect(mkdirat(folder, name, 0o755) == 0)
            let next = openat(folder, name, O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = next
        }
        let bottom = openat(folder, "bottom.txt", O_WRONLY | O_CREAT, 0o644)
        let line = Array("A ceasefire was announced at the bottom of the tree.\n".utf8)
        #expect(write(bottom, line, line.count) == line.count)
        close(bottom)
        close(folder)

        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try passim(["search", "artillery OR drones", "--json"], in: corpus.url)
        let paths = try jsonObjects(json).compactMap { $0["path"] as? String }
        #expect(paths.contains("line\nbreak.txt"))
        #expect(paths.contains { $0.hasPrefix("caf") })
        // The deep file is either indexed or reported, never a crash.
        let deepFound = try passim(["search", "ceasefire"], in: corpus.url).status == 0
        #expect(deepFound || run.stderr.contains("bottom.txt") || run.stderr.contains("level-"))
    }

    @Test func aHugeFileIsIndexedUpToTheLimitWithMemoryBounded() throws {
        let corpus = try Corpus(copyingSeeds: false)
        // 200 MB of prose-like lines.
        var chunk = ""
        var n = 0
        while chunk.utf8.count < 1 << 20 {
            chunk += "Line \(n) of the dump: the army moved artillery to the northern front before dawn.\n"
            n += 1
        }
        let url = corpus.url.appendingPathComponent("dump.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        for _ in 0..<200 { handle.write(Data(chunk.utf8)) }
        try handle.close()
        // A line of megabytes, too.
        try corpus.write("oneline.txt", String(repeating: "missiles and drones over the city ", count: 100_000) + "the end\n")

        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("dump.txt: larger than"))
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 1_000_000, "peak RSS of a child: \(usage.ru_maxrss) KB")
        #expect(try passim(["search", "artillery"], in: corpus.url).status == 0)
        let end = try passim(["search", "\"the end\"", "--json"], in: corpus.url)
        #expect(try jsonObjects(end).first?["path"] as? String == "oneline.txt")
    }

    @Test func unreadableFilesAndFoldersAreReportedAndKeepWhatWasIndexed() throws {
        let corpus = try Corpus()
        try corpus.write("locked/inside.txt", "Secret talks on a ceasefire continued in Doha, diplomats said.\n")
        try corpus.write("closed.txt", "Naval drones struck a landing ship near the coast, the navy said.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: corpus.url.appendingPathComponent("locked").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: corpus.url.appendingPathComponent("closed.txt").path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: corpus.url.appendingPathComponent("locked").path)
        }
        try corpus.write("new.txt", "Fresh shelling hit the outskirts of the city overnight.\n")
        // Root reads everything; run as an ordinary user to meet the refusal.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: corpus.url.path)
        _ = system("chmod -R a+rwX '\(corpus.url.path)/.passim' '\(corpus.url.path)/new.txt' '\(corpus.url.path)/000_8bf942be92c7755d.txt'")
        let asUser = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", passimBinary] : [passimBinary]
        let run = try runCommand(asUser + ["index", "."], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("locked"))
        #expect(run.stderr.contains("closed.txt"))
        #expect(run.stderr.contains("Permission denied"))
        // Nothing indexed from them was lost.
        #expect(try passim(["search", "ceasefire"], in: corpus.url).status == 0)
        #expect(try passim(["search", "naval"], in: corpus.url).status == 0)
        #expect(try passim(["search", "shelling"], in: corpus.url).status == 0)
    }

    @Test func aMissingFolderAnIndexPathThatIsAFileAndADamagedIndexGetClearErrors() throws {
        let corpus = try Corpus.indexedSeeds()
        let file = corpus.url.appendingPathComponent("notes.txt")
        try corpus.write("notes.txt", "some notes\n")
        let onFile = try passim(["index", ".", "--index", file.path], in: corpus.url)
        #expect(onFile.status == 2)
        #expect(onFile.stderr.contains("is a file"))

        // Damage the index: overwrite a shard's term table with junk.
        let shard = try #require(try FileManager.default.contentsOfDirectory(atPath: corpus.indexURL.path)
            .first { $0.hasPrefix("shard-") })
        let table = corpus.indexURL.appendingPathComponent(shard).appendingPathComponent("postlist.glass")
        let size = try FileManager.default.attributesOfItem(atPath: table.path)[.size] as? Int ?? 0
        try Data(repeating: 0xAB, count: size).write(to: table)
        let search = try passim(["search", "Kursk"], in: corpus.url)
        #expect(search.status == 2)
        #expect(search.stderr.contains("damaged"))
        #expect(search.stderr.contains("passim index"))
        let check = try passim(["check"], in: corpus.url)
        #expect(check.status == 1)
        #expect(check.stdout.contains("damaged"))
        #expect(check.stdout.contains("repair:"))
    }

    @Test(.enabled(if: getuid() == 0, "needs root to mount a small file system"))
    func aFullDiskIsAClearErrorAndTheIndexKeepsItsLastCommit() throws {
        let corpus = try Corpus.synthetic(articles: 600, words: 400)
        let mount = FileManager.default.temporaryDirectory.appendingPathComponent("passim-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        guard system("mount -t tmpfs -o size=6m tmpfs '\(mount.path)' 2>/dev/null") == 0 else {
            try? FileManager.default.removeItem(at: mount)
            return // no permission to mount here: nothing to test
        }
        defer {
            _ = system("umount '\(mount.path)'")
            try? FileManager.default.removeItem(at: mount)
        }
        let index = mount.appendingPathComponent("idx").path
        // A small first run that fits, then one that does not.
        let small = try Corpus()
        #expect(try passim(["index", small.url.path, "--index", index], in: small.url).status == 0)
        for i in 0..<600 {
            try FileManager.default.copyItem(at: corpus.url.appendingPathComponent("part\(i / 500)/a\(i).txt"),
                                             to: small.url.appendingPathComponent("a\(i).txt"))
        }
        let full = try passim(["index", small.url.path, "--index", index], in: small.url)
        #expect(full.status == 2)
        #expect(full.stderr.contains("disk full"))
        // Still searchable at its last commit.
        let search = try passim(["search", "Budanov", "--index", index], in: small.url)
        #expect(search.status == 0, "\(search.stderr)")
    }
}
