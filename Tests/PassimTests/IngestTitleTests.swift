import Testing
@testable import PassimText

@Suite("Ingest: finding the title")
struct IngestTitleTests {
    func title(_ text: String, declared: String? = nil) -> String {
        TitleFinder.title(declared: declared, text: Array(text.utf8), fileName: "story")
    }

    @Test("the seed article's 'Loading' line is skipped and its one-line body is cut at a word")
    func seed() throws {
        let path = IngestFixtures.repositoryRoot + "/seeds/000_8bf942be92c7755d.txt"
        let bytes = try #require(IngestFixtures.readBytes(path))
        // The first two lines are all the title finder needs.
        let lines = bytes.split(separator: TextBytes.newline, maxSplits: 2, omittingEmptySubsequences: false)
        let start = Array(lines[0]) + [TextBytes.newline] + Array(lines[1])
        let found = TitleFinder.title(declared: nil, text: start, fileName: "000_8bf942be92c7755d")
        #expect(found.hasPrefix("UKRAINE’S PRESIDENT"))
        #expect(found.hasSuffix("…"))
        #expect(found.count <= TitleFinder.maxCharacters + 1)
        #expect(found.count > TitleFinder.maxCharacters / 2)
        #expect(!found.dropLast().hasSuffix(" "))
        #expect(String(decoding: lines[1], as: UTF8.self).hasPrefix(String(found.dropLast())))
    }

    @Test("scraping boilerplate lines are skipped, in any case, after trimming")
    func boilerplate() {
        #expect(title("Advertisement\n\n  SKIP TO CONTENT \nLoading…\n   Real   title here  \nBody") == "Real title here")
        #expect(title("Loading the ship took a week\n") == "Loading the ship took a week")
    }

    @Test("a declared title wins, with its white space collapsed")
    func declared() {
        #expect(title("First line", declared: "  The \n declared  title ") == "The declared title")
        #expect(title("First line", declared: "   ") == "First line")
    }

    @Test("with no text line, the file name serves")
    func fileName() {
        #expect(title("\n  \nAdvertisement\n") == "story")
        let file = SourceFile(pathBytes: [], relativeBytes: Array("world/2024.storm.txt".utf8), format: .text,
                              size: 0, modifiedNanoseconds: 0)
        #expect(file.baseName == "2024.storm")
    }

    @Test("long titles are cut near 120 characters at a word boundary")
    func cut() {
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        let found = title(words)
        #expect(found.hasSuffix("…"))
        #expect(found.count <= 121)
        #expect(words.hasPrefix(String(found.dropLast()) + " "))
        let unbroken = String(repeating: "x", count: 300)
        #expect(title(unbroken) == String(repeating: "x", count: 120) + "…")
    }
}
