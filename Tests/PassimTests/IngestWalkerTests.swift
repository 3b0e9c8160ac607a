import Glibc
import Testing
@testable import PassimText

@Suite("Ingest: walking a folder")
struct IngestWalkerTests {
    @Test("finds articles in order, skips hidden entries and .passim, counts other extensions")
    func findsArticles() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("world/b.txt", "B")
        folder.write("world/a.MD", "A")
        folder.write("z.html", "<p>Z</p>")
        folder.write("old.Text", "T")
        folder.write(".hidden/x.txt", "hidden")
        folder.write(".passim/postings.txt", "index")
        folder.write("world/.draft.txt", "draft")
        folder.write("photo.JPG", "")
        folder.write("notes.json", "{}")
        folder.write("README", "no extension")

        let report = try FileWalker.walk(root: folder.path)
        #expect(report.files.map(\.relativePath) == ["old.Text", "world/a.MD", "world/b.txt", "z.html"])
        #expect(report.files.map(\.format) == [.text, .markdown, .text, .html])
        #expect(report.ignoredByExtension == ["jpg": 1, "json": 1, "": 1])
        #expect(report.skipped.isEmpty)
        let b = try #require(report.files.first { $0.relativePath == "world/b.txt" })
        #expect(b.pathBytes == Array((folder.path + "/world/b.txt").utf8))
        #expect(b.size == 1)
        #expect(b.modifiedNanoseconds > 1_600_000_000 * 1_000_000_000)
    }

    @Test("a trailing slash on the root does not change the paths")
    func trailingSlash() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("a.txt", "A")
        let report = try FileWalker.walk(root: folder.path + "/")
        #expect(report.files.map(\.pathBytes) == [Array((folder.path + "/a.txt").utf8)])
    }

    @Test("skips an index folder given in `excluding`")
    func excludesIndex() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("keep.txt", "keep")
        folder.write("search-index/terms.txt", "not an article")
        let report = try FileWalker.walk(root: folder.path, excluding: [folder.path + "/search-index/"])
        #expect(report.files.map(\.relativePath) == ["keep.txt"])
    }

    @Test("walks and opens names that are not UTF-8 or hold a newline")
    func oddNames() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write(Array("caf".utf8) + [0xE9] + Array(".txt".utf8), Array("Latin-1 name".utf8))
        folder.write("two\nlines.txt", "Newline name")

        let report = try FileWalker.walk(root: folder.path)
        #expect(report.files.count == 2)
        let latin = try #require(report.files.first { $0.relativeBytes.contains(0xE9) })
        #expect(latin.relativePath.hasPrefix("caf") && latin.relativePath.hasSuffix(".txt"))
        #expect(try ArticleReader.read(latin).title == "Latin-1 name")
        let newline = try #require(report.files.first { $0.relativePath.contains("\n") })
        #expect(try ArticleReader.read(newline).title == "Newline name")
        #expect(!IngestError.empty(path: newline.relativePath).description.contains("\n"))
    }

    @Test("does not follow symlinks to folders, so a cycle ends; follows symlinks to files")
    func symlinkCycle() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("a/story.txt", "Story")
        folder.symlink("a/loop", to: "..")
        folder.symlink("a/self", to: ".")
        folder.symlink("alias.txt", to: "a/story.txt")

        let report = try FileWalker.walk(root: folder.path)
        #expect(report.files.map(\.relativePath) == ["a/story.txt", "alias.txt"])
        #expect(report.files[1].size == 5)
        #expect(report.skipped == [
            SkippedFile(path: "a/loop", reason: "symbolic link to a folder, not followed"),
            SkippedFile(path: "a/self", reason: "symbolic link to a folder, not followed"),
        ])
    }

    @Test("reports a broken symlink and goes on")
    func brokenSymlink() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("real.txt", "Real")
        folder.symlink("gone.txt", to: "nowhere.txt")
        let report = try FileWalker.walk(root: folder.path)
        #expect(report.files.map(\.relativePath) == ["real.txt"])
        #expect(report.skipped == [SkippedFile(path: "gone.txt", reason: "broken symbolic link")])
    }

    @Test("refuses a pipe that has an article's name instead of hanging on it")
    func pipe() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        _ = mkfifo(folder.path + "/feed.txt", 0o644)
        let report = try FileWalker.walk(root: folder.path)
        #expect(report.files.isEmpty)
        #expect(report.skipped == [SkippedFile(path: "feed.txt", reason: "not a regular file")])
    }

    @Test("walks a tree deeper than any sane call stack")
    func deepTree() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        let depth = 1000
        let deep = Array(repeating: "d", count: depth).joined(separator: "/")
        folder.write(deep + "/bottom.txt", "Bottom")
        let report = try FileWalker.walk(root: folder.path)
        #expect(report.files.map(\.relativePath) == [deep + "/bottom.txt"])
    }

    @Test("reports an unreadable folder and goes on", .enabled(if: geteuid() != 0, "root reads every folder"))
    func unreadableFolder() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("locked/secret.txt", "Secret")
        folder.write("open.txt", "Open")
        _ = chmod(folder.path + "/locked", 0)
        let report = try FileWalker.walk(root: folder.path)
        #expect(report.files.map(\.relativePath) == ["open.txt"])
        #expect(report.skipped == [SkippedFile(path: "locked", reason: "Permission denied")])
    }

    @Test("throws one-line errors when the root is missing or not a folder")
    func rootErrors() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("file.txt", "x")
        #expect(throws: IngestError.rootNotFound(folder.path + "/missing")) {
            try FileWalker.walk(root: folder.path + "/missing")
        }
        #expect(throws: IngestError.rootNotAFolder(folder.path + "/file.txt")) {
            try FileWalker.walk(root: folder.path + "/file.txt")
        }
        #expect(IngestError.rootNotFound("news").description == "news: no such folder")
    }
}
