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
        // The media-player notice scraped into the line is cut out, the rest kept.
        #expect(!found.contains("browser"))
        #expect(found.contains("GNATO, Volodymyr Zelensky, declared last week"))
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

@Suite("Ingest: page debris is not a title")
struct IngestTitleDebrisTests {
    func title(_ text: String, declared: String? = nil) -> String {
        TitleFinder.title(declared: declared, text: Array(text.utf8), fileName: "story")
    }

    @Test("bylines, agency marks, datelines, menus and cookie lines above the headline are skipped")
    func linesAbove() {
        #expect(title("CNN —\nRussia strikes power grid in Kharkiv\nBody.") == "Russia strikes power grid in Kharkiv")
        #expect(title("(Reuters) -\nGrain deal resumes\n") == "Grain deal resumes")
        #expect(title("By Jane Smith and John Doe\nTroops cross the river\n") == "Troops cross the river")
        #expect(title("Friday 21 November 2014 10:13\nShelling resumes in Donetsk\n") == "Shelling resumes in Donetsk")
        #expect(title("Published July 5 2015\nTalks stall\n") == "Talks stall")
        #expect(title("Home | World | Politics | Sport\nA headline\n") == "A headline")
        #expect(title("News World Business Sport Video Live\nA headline\n") == "A headline")
        #expect(title("We use cookies to improve your experience. Accept all\nThe headline\n") == "The headline")
    }

    @Test("a media-player notice glued into the first line is cut out, the rest kept")
    func playerNotice() {
        let found = title("KYIV SAYSNATOYour browser does not support the video element. Troops advanced, officials said.")
        #expect(!found.contains("browser"))
        #expect(found.hasPrefix("KYIV SAYSNATO Troops"))
        #expect(found.hasSuffix("Troops advanced, officials said."))
    }

    @Test("headlines that only look like furniture stay titles")
    func realHeadlines() {
        #expect(title("By the numbers: Russia's losses in Ukraine, explained.\n") == "By the numbers: Russia's losses in Ukraine, explained.")
        #expect(title("World News Live: Russia strikes Kyiv\n") == "World News Live: Russia strikes Kyiv")
        #expect(title("Advertising bans spread in Moscow\n") == "Advertising bans spread in Moscow")
    }

    @Test("when every line looks like furniture, the first one serves; a debris declared title is ignored")
    func fallbacks() {
        #expect(title("CNN —\n") == "CNN —")
        #expect(title("Troops advance\n", declared: "By Staff Reporter") == "Troops advance")
    }
}
