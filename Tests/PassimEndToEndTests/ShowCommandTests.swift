import Foundation
import Testing

/// `passim show`: the article as indexed, reached from what a search prints.
@Suite struct ShowCommandTests {
    static let article = """
        # Strikes on the Kharkiv grid

        Russian missiles struck two substations in Kharkiv overnight, cutting power to thousands of homes across
        the north of the city, the regional governor said on Telegram early on Tuesday morning.

        Repair crews worked through the morning while air-raid sirens sounded again over the city and the
        surrounding districts, and schools moved their lessons into basements and metro stations for the day.

        Officials said drones were shot down near Kupiansk before dawn, and that the grid would be restored
        within days if the attacks stopped, although spare transformers were now hard to find anywhere.
        """

    @Test func aVimgrepLinePastedBackShowsTheArticleWithThatPassageMarked() throws {
        let corpus = try Corpus.indexedSeeds()
        try corpus.write("ua/kharkiv.md", Self.article)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)

        let hit = try passim(["search", "Kupiansk", "--vimgrep"], in: corpus.url)
        let line = try #require(hit.lines.first)
        let show = try passim(["show", line, "--no-pager", "--color", "never"], in: corpus.url)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.lines.first == "Strikes on the Kharkiv grid")
        #expect(show.stdout.contains("ua/kharkiv.md · 3 passages"))
        #expect(show.stdout.contains("places: Kharkiv ×2"))
        let marked = show.lines.filter { $0.hasPrefix("▶") }
        #expect(marked.count == 1)
        #expect(marked.first?.contains("Officials said drones") == true)
        // Every passage is there, in order.
        let bodies = show.lines.filter { $0.contains(" │ ") }.map { $0.components(separatedBy: " │ ")[1] }
        #expect(bodies.first?.contains("Russian missiles struck") == true)
        #expect(bodies.count == 3)
    }

    @Test func jsonNamesTheMarkedPassageAndTheQueryWordsAreHighlighted() throws {
        let corpus = try Corpus.indexedSeeds()
        try corpus.write("ua/kharkiv.md", Self.article)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)

        let run = try passim(["show", "ua/kharkiv.md#1", "--json", "--query", "sirens"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["marked"] as? Int == 1)
        #expect(object["title"] as? String == "Strikes on the Kharkiv grid")
        let passages = try #require(object["passages"] as? [[String: Any]])
        #expect(passages.map { $0["passage"] as? Int } == [0, 1, 2])
        let text = try #require(passages[1]["text"] as? String)
        let highlights = try #require(passages[1]["highlights"] as? [[Int]])
        #expect(highlights.map { String(decoding: Array(text.utf8)[$0[0]..<$0[1]], as: UTF8.self) } == ["sirens"])
        #expect((passages[0]["highlights"] as? [[Int]])?.isEmpty == true)
    }

    @Test func anAbsolutePathWhoseNameStartsWithACombiningMarkIsFound() throws {
        // "/" and U+05BA make one Character: a Character-wise prefix test misses the folder.
        let corpus = try Corpus.indexedSeeds()
        let name = "\u{05BA}mark.md"
        try corpus.write(name, Self.article)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let run = try passim(["show", corpus.url.path + "/" + name, "--no-pager", "--color", "never"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.first == "Strikes on the Kharkiv grid")
    }

    @Test func aPathFromASubFolderAndAHumanHeadingWorkToo() throws {
        let corpus = try Corpus.indexedSeeds()
        try corpus.write("ua/kharkiv.md", Self.article)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let inside = corpus.url.appendingPathComponent("ua")
        let run = try passim(["show", "kharkiv.md:10  0.52  2024-01-01  Strikes", "--no-pager", "--color", "never"], in: inside)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.filter { $0.hasPrefix("▶") }.first?.contains("Officials said drones") == true)
    }

    @Test func anUnknownArticleIsAClearErrorWithExitTwo() throws {
        let corpus = try Corpus.indexedSeeds()
        let run = try passim(["show", "no/such.txt"], in: corpus.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("`no/such.txt` is not an article of the index"))
        #expect(run.stdout.isEmpty)
    }
}
