import Foundation
import Testing

/// Links out of the indexed folder are left alone unless asked, and said once.
struct SymlinkTests {
    @Test func aLinkOutOfTheFolderIsNotIndexedUntilFollowIsGiven() throws {
        let corpus = try Corpus(copyingSeeds: false), outside = try Corpus(copyingSeeds: false)
        try corpus.write("inside.txt", "Shelling near the river crossing went on overnight, officials said.\n")
        try outside.write("secret.txt", "Zanzibarian passwords and private notes kept outside the corpus.\n")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: corpus.url.appendingPathComponent("secret.txt").path,
                                  withDestinationPath: outside.url.appendingPathComponent("secret.txt").path)
        try fm.createSymbolicLink(atPath: corpus.url.appendingPathComponent("notes").path,
                                  withDestinationPath: outside.url.path)
        try fm.createSymbolicLink(atPath: corpus.url.appendingPathComponent("alias.txt").path,
                                  withDestinationPath: "inside.txt")

        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        let notes = run.stderr.split(separator: "\n").filter { $0.contains("symbolic link") }
        #expect(notes == ["passim: 2 symbolic links lead out of the folder and were not followed; add --follow to index what they point to"])
        #expect(try passim(["search", "Zanzibarian"], in: corpus.url).status == 1)
        #expect(try passim(["search", "shelling", "--files"], in: corpus.url).lines.sorted() == ["alias.txt", "inside.txt"])
        #expect(try passim(["check"], in: corpus.url).status == 0)

        let followed = try passim(["index", ".", "--follow"], in: corpus.url)
        #expect(followed.status == 0, "\(followed.stderr)")
        #expect(!followed.stderr.contains("symbolic link"))
        let found = try passim(["search", "Zanzibarian", "--files"], in: corpus.url)
        #expect(found.lines.sorted() == ["notes/secret.txt", "secret.txt"])
        #expect(try passim(["check", "--follow"], in: corpus.url).status == 0)
    }
}
