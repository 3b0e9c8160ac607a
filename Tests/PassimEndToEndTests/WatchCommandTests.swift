import Foundation
import Testing

@Suite struct WatchCommandTests {
    /// A short article whose only rare word is `word`.
    private func article(_ word: String) -> String {
        "A report from the front\n\nOfficers said the \(word) arrived overnight near the river, and more are expected next week.\n"
    }

    @Test func theIndexFollowsNewChangedRemovedAndEditorSavedFiles() throws {
        let corpus = try Corpus()
        let watch = try RunningProgram(["watch", ".", "--delay", "0.2"], in: corpus.url)
        defer { if watch.process.isRunning { watch.signal(SIGKILL) } }
        func finds(_ word: String) -> Bool { (try? passim(["search", word, "--count"], in: corpus.url))?.status == 0 }

        // The first pass indexes what is there.
        #expect(eventually(within: 60) { finds("Budanov") })

        try corpus.write("new.txt", article("zyzzyva"))
        #expect(eventually(within: 30) { finds("zyzzyva") })

        try corpus.write("new.txt", article("quokka"))
        #expect(eventually(within: 30) { finds("quokka") && !finds("zyzzyva") })

        // As editors save: the new text goes to a hidden file, renamed over the old one.
        let swap = corpus.url.appendingPathComponent(".new.txt.swp")
        try Data(article("wombat").utf8).write(to: swap)
        #expect(rename(swap.path, corpus.url.appendingPathComponent("new.txt").path) == 0)
        #expect(eventually(within: 30) { finds("wombat") && !finds("quokka") })

        // A new folder is watched too: a file written into it after its first pass is seen.
        try corpus.write("world/europe/a.md", article("wallaby"))
        #expect(eventually(within: 30) { finds("wallaby") })
        try corpus.write("world/europe/b.md", article("numbat"))
        #expect(eventually(within: 30) { finds("numbat") })

        try FileManager.default.removeItem(at: corpus.url.appendingPathComponent("new.txt"))
        #expect(eventually(within: 30) { !finds("wombat") })

        // Between passes the index is free for another writer.
        #expect(eventually(within: 30) { (try? passim(["index", ".", "--no-wait"], in: corpus.url))?.status == 0 })

        watch.signal(SIGINT)
        let run = watch.wait()
        #expect(run.status == 130, "\(run.stderr)")
        #expect(run.stderr.contains("passim: watching . (1 article, 1 folder); Ctrl-C stops"), "\(run.stderr)")
        #expect(run.stderr.contains(" 1 added, 0 updated, 0 removed ("), "\(run.stderr)")
        #expect(run.stderr.contains(" 0 added, 1 updated, 0 removed ("), "\(run.stderr)")
        #expect(run.stderr.contains(" 0 added, 0 updated, 1 removed ("), "\(run.stderr)")
        #expect(!run.stderr.contains("swp"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aMissingFolderIsAClearError() throws {
        let corpus = try Corpus(copyingSeeds: false)
        let run = try passim(["watch", "no-such-folder"], in: corpus.url)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("passim: /") && run.stderr.hasSuffix("/no-such-folder: no such folder\n"))
    }

    @Test func ctrlCWhileIdleStopsAtOnce() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("a.txt", article("kinkajou"))
        let watch = try RunningProgram(["watch", "."], in: corpus.url)
        defer { if watch.process.isRunning { watch.signal(SIGKILL) } }
        #expect(eventually(within: 60) { (try? passim(["search", "kinkajou"], in: corpus.url))?.status == 0 })
        let start = Date()
        watch.signal(SIGINT)
        let run = watch.wait()
        #expect(run.status == 130)
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
