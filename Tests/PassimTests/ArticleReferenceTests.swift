import Testing
@testable import PassimIndex

@Suite("Read: what `passim show` is given")
struct ArticleReferenceTests {
    @Test("a plain path, path:LINE, a --vimgrep line, path:pN and path#N are all read")
    func forms() {
        #expect(ArticleReference.readings(of: "a/b.txt").map(\.target) == [.whole])
        let vimgrep = ArticleReference.readings(of: "a/b.txt:12:7:…the excerpt: with a colon…")
        #expect(vimgrep.count == 3)  // the whole, path:12, and "a/b.txt:12" at line 7
        #expect(vimgrep[1].path == "a/b.txt")
        #expect(vimgrep[1].target == .line(12, excerpt: "…the excerpt: with a colon…"))
        #expect(ArticleReference.readings(of: "r.pdf:p12").last.map { $0.path } == "r.pdf")
        #expect(ArticleReference.readings(of: "r.pdf:p12").last?.target == .page(12))
        #expect(ArticleReference.readings(of: "x/y.md#3").last?.target == .ordinal(3))
        #expect(ArticleReference.readings(of: "x/y.md#3").last?.path == "x/y.md")
    }

    @Test("a path that itself holds ':' and digits is tried whole first, then cut at each colon")
    func colonsInPaths() {
        let readings = ArticleReference.readings(of: "2024:05/notes.txt:4")
        #expect(readings.map(\.path) == ["2024:05/notes.txt:4", "2024", "2024:05/notes.txt"])
    }

    @Test("a line picks the last passage starting at or before it; an excerpt picks the passage holding it")
    func passageChoice() {
        func record(_ ordinal: Int, line: Int, _ text: String) -> PassageRecord {
            PassageRecord(article: ArticleID(value: 1), ordinal: ordinal, relativePath: "a", title: "t", date: "",
                          line: line, start: ordinal * 100, end: ordinal * 100 + 90, text: text)
        }
        let passages = [record(0, line: 1, "first passage of the long line here"),
                        record(1, line: 1, "second passage of the very same line"),
                        record(2, line: 5, "third passage further down the file")]
        #expect(ArticleLookup.passageIndex(.line(3, excerpt: ""), in: passages) == 1)
        #expect(ArticleLookup.passageIndex(.line(9, excerpt: ""), in: passages) == 2)
        #expect(ArticleLookup.passageIndex(.line(1, excerpt: "…first passage of the long…"), in: passages) == 0)
        #expect(ArticleLookup.passageIndex(.ordinal(2), in: passages) == 2)
        #expect(ArticleLookup.passageIndex(.whole, in: passages) == nil)
    }
}

@Suite("Read: folder values as completion writes them")
struct FolderValueTests {
    @Test("a trailing slash and a leading ./ are taken off folder: values, and nothing else changes")
    func trimmed() {
        #expect(UserQuery.withFolderValuesTrimmed("drones folder:syria-fakes/") == "drones folder:syria-fakes")
        #expect(UserQuery.withFolderValuesTrimmed("FOLDER:./a/b/ x") == "FOLDER:a/b x")
        #expect(UserQuery.withFolderValuesTrimmed("folder:\"my news/\" x") == "folder:\"my news\" x")
        #expect(UserQuery.withFolderValuesTrimmed("(folder:a/ OR folder:b/)") == "(folder:a OR folder:b)")
        #expect(UserQuery.withFolderValuesTrimmed("subfolder:a/ and/or") == "subfolder:a/ and/or")
    }
}
