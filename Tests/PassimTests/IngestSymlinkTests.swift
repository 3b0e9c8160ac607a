import Glibc
import Testing
@testable import PassimText

@Suite("Ingest: symbolic links out of the folder")
struct IngestSymlinkTests {
    @Test("links that leave the folder are counted, not followed; links inside still work")
    func leavingLinksAreCounted() throws {
        let folder = IngestFolder(), outside = IngestFolder()
        defer { folder.remove(); outside.remove() }
        folder.write("corpus/a/story.txt", "Story")
        outside.write("secret.txt", "Secret")
        outside.write("tree/deep.txt", "Deep")
        folder.symlink("corpus/alias.txt", to: "a/story.txt")
        folder.symlink("corpus/passwd.txt", to: outside.path + "/secret.txt")
        folder.symlink("corpus/up.txt", to: "../outside.txt")
        folder.write("outside.txt", "Beside the corpus")
        folder.symlink("corpus/tree", to: outside.path + "/tree")

        let report = try FileWalker.walk(root: folder.path + "/corpus")
        #expect(report.files.map(\.relativePath) == ["a/story.txt", "alias.txt"])
        #expect(report.linksLeavingRoot == 3)
        #expect(report.skipped.isEmpty)
    }

    @Test("--follow reads files and folders out of the folder, each real folder once, so a loop ends")
    func followGoesOutOnceAndLoopsEnd() throws {
        let folder = IngestFolder(), outside = IngestFolder()
        defer { folder.remove(); outside.remove() }
        folder.write("story.txt", "Story")
        outside.write("tree/deep.txt", "Deep")
        outside.write("other.txt", "Other")
        folder.symlink("tree", to: outside.path + "/tree")
        folder.symlink("other.txt", to: outside.path + "/other.txt")
        // From the outside tree back to itself and back into the corpus.
        outside.symlink("tree/again", to: outside.path + "/tree")
        outside.symlink("tree/home", to: folder.path)

        let report = try FileWalker.walk(root: folder.path, follow: true)
        #expect(report.files.map(\.relativePath) == ["other.txt", "story.txt", "tree/deep.txt"])
        #expect(report.linksLeavingRoot == 0)
        #expect(report.skipped.map(\.path) == ["tree/again", "tree/home"])
    }

    @Test("links that point at each other are reported, not followed round")
    func linkLoop() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("real.txt", "Real")
        folder.symlink("a.txt", to: "b.txt")
        folder.symlink("b.txt", to: "a.txt")
        for follow in [false, true] {
            let report = try FileWalker.walk(root: folder.path, follow: follow)
            #expect(report.files.map(\.relativePath) == ["real.txt"])
            #expect(report.skipped.map(\.path) == ["a.txt", "b.txt"])
        }
    }

    @Test("a root reached through a link still counts its own files as inside")
    func rootThroughALink() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("real/story.txt", "Story")
        folder.symlink("real/alias.txt", to: "story.txt")
        folder.symlink("via", to: "real")
        let report = try FileWalker.walk(root: folder.path + "/via")
        #expect(report.files.map(\.relativePath) == ["alias.txt", "story.txt"])
        #expect(report.linksLeavingRoot == 0)
    }
}
