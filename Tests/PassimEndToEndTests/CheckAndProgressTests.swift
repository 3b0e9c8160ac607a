import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func aSoundCurrentIndexChecksCleanAndDifferencesAreListedWithTheRepair() throws {
        let corpus = try Corpus.indexedSeeds()
        let clean = try passim(["check"], in: corpus.url)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("database sound"))
        #expect(clean.stdout.contains("up to date"))

        try corpus.write("added.txt", "A new report on shelling near the border, officials said.\n")
        try FileManager.default.removeItem(at: corpus.url.appendingPathComponent("000_8bf942be92c7755d.txt"))
        let stale = try passim(["check"], in: corpus.url)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("1 article in the folder but not indexed:\n  added.txt"))
        #expect(stale.stdout.contains("1 article indexed but gone from the folder:\n  000_8bf942be92c7755d.txt"))
        #expect(stale.stdout.contains("repair: run `passim index"))

        #expect(try passim(["index"], in: corpus.url).status == 0)
        #expect(try passim(["check"], in: corpus.url).status == 0)
    }
}

@Suite struct ProgressTests {
    @Test func pipesGetOnlyTheSummaryAndQuietGetsNothing() throws {
        let corpus = try Corpus()
        let run = try passim(["index", "."], in: corpus.url)
        #expect(!run.stderr.contains("\r"))
        #expect(run.stderr.contains("indexed"))
        try corpus.write("x.txt", "More text about artillery along the front line.\n")
        let quiet = try passim(["index", ".", "--quiet"], in: corpus.url)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
    }

    @Test func aTerminalGetsALiveProgressLine() throws {
        let corpus = try Corpus.synthetic(articles: 1500)
        // `script` gives passim a terminal; its output is what the terminal showed.
        let run = try runCommand(["script", "-qec", "\(passimBinary) index .", "/dev/null"], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\rindexing "))
        #expect(run.stdout.contains("/1,500 files"))
        #expect(run.stdout.contains("indexed . in"))
    }
}
