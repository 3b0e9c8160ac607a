import Foundation
import Testing

@Suite struct IndexCommandTests {
    @Test func reindexingReadsOnlyWhatChangedAndDropsWhatWasDeleted() throws {
        let corpus = try Corpus()
        try corpus.write("a.txt", "Artillery shells\n\nThe army fired artillery shells near the river all night long, witnesses said on Monday.\n")
        let first = try passim(["index", "."], in: corpus.url)
        #expect(first.status == 0)
        #expect(first.stderr.contains("2 added"))

        let again = try passim(["index", "."], in: corpus.url)
        #expect(again.stderr.contains("0 added, 0 updated, 0 removed, 2 unchanged"))

        try corpus.write("a.txt", "Drones\n\nCheap drones now dominate the front line, officers said.\n")
        try FileManager.default.removeItem(at: corpus.url.appendingPathComponent("000_8bf942be92c7755d.txt"))
        let changed = try passim(["index"], in: corpus.url)
        #expect(changed.stderr.contains("0 added, 1 updated, 1 removed, 0 unchanged"))
        #expect(try passim(["search", "artillery"], in: corpus.url).status == 1)
        #expect(try passim(["search", "drones"], in: corpus.url).status == 0)
        #expect(try passim(["search", "Budanov"], in: corpus.url).status == 1)
    }

    @Test func aFileThatTurnsUnreadableKeepsWhatWasIndexed() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("a.txt", "Artillery shells\n\nThe army fired artillery shells near the river all night long.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        // The file becomes binary junk: the run warns, goes on, drops the file's
        // old passages (its text is gone) and keeps the others.
        try Data([0x00, 0x01, 0x02, 0xff, 0x00]).write(to: corpus.url.appendingPathComponent("a.txt"))
        try corpus.write("b.txt", "Drones\n\nCheap drones now dominate the front line, officers said on Tuesday.\n")
        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("a.txt: binary file"))
        #expect(try passim(["search", "artillery"], in: corpus.url).status == 1)
        #expect(try passim(["search", "drones"], in: corpus.url).status == 0)
    }

    @Test func htmlIsIndexedByItsVisibleTextOnly() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("page.html", """
            <html><head><title>Strikes on Kharkiv</title><script>var hiddenword = 1;</script>
            <style>.x { color: red }</style></head>
            <body><nav>Home | World | Sport</nav>
            <p>Russian glide bombs hit Kharkiv overnight &amp; damaged a power station.</p></body></html>
            """)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let hit = try passim(["search", "glide bombs", "--json"], in: corpus.url)
        let first = try #require(try jsonObjects(hit).first)
        #expect(first["title"] as? String == "Strikes on Kharkiv")
        #expect((first["text"] as? String)?.contains("overnight & damaged") == true)
        #expect(try passim(["search", "hiddenword"], in: corpus.url).status == 1)
        #expect(try passim(["search", "Sport"], in: corpus.url).status == 1)
    }

    @Test func anIndexPathWhoseFoldersDoNotExistYetIsMade() throws {
        let corpus = try Corpus()
        let run = try passim(["index", ".", "--index", "indexes/2024/news"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try passim(["search", "Budanov", "--index", "indexes/2024/news", "--count"], in: corpus.url).status == 0)
    }

    @Test func aMissingFolderIsAClearErrorAndNoIndexAppears() throws {
        let corpus = try Corpus(copyingSeeds: false)
        let run = try passim(["index", "no-such-folder"], in: corpus.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-folder"))
        #expect(!FileManager.default.fileExists(atPath: corpus.url.appendingPathComponent("no-such-folder/.passim").path))
    }

    @Test(.enabled(if: sharedCorpus("bbc") != nil, "needs ../shared/corpora/bbc"))
    func theBBCCorpusIndexesWithoutErrorAndAnswersSensibly() throws {
        let bbc = try #require(sharedCorpus("bbc"))
        let scratch = try Corpus(copyingSeeds: false)
        let index = scratch.url.appendingPathComponent("bbc.passim").path
        let run = try passim(["index", bbc.path, "--index", index], in: scratch.url)
        #expect(run.status == 0, "\(run.stderr)")
        // 2,225 articles, plus the corpus README.md, which is Markdown too.
        let added = run.stderr.firstMatch(of: /(\d+) added/).flatMap { Int($0.1) } ?? 0
        #expect(added >= 2225)
        #expect(!run.stderr.contains("skipped"))
        let search = try passim(["search", "\"Tony Blair\" election", "--index", index, "--json"], in: scratch.url)
        let hits = try jsonObjects(search)
        #expect(hits.count == 10)
        #expect(hits.allSatisfy { ($0["path"] as? String)?.hasPrefix(bbc.path) == true })
        #expect((hits.first?["text"] as? String)?.contains("Blair") == true)
    }
}
