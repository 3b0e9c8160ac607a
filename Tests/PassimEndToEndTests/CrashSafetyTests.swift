import Foundation
import Testing

/// One writer, many readers; interruptions and crashes at any moment.
@Suite(.serialized) struct CrashSafetyTests {
    @Test func aSecondWriterWaitsOrFailsAtOnceSayingWhoHoldsTheLock() throws {
        let corpus = try Corpus.indexedSeeds()
        // Hold the lock as another passim would, with the note it leaves.
        let lockFile = corpus.indexURL.appendingPathComponent("lock").path
        let holder = open(lockFile, O_RDWR)
        #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
        let note = "\(getpid()) \(Int(Date().timeIntervalSince1970))\n"
        _ = note.withCString { write(holder, $0, strlen($0)) }

        let failFast = try passim(["index", ".", "--no-wait"], in: corpus.url)
        #expect(failFast.status == 2)
        #expect(failFast.stderr.contains("being updated by passim (pid \(getpid())"))

        try corpus.write("new.txt", "Fresh reporting on drones over the border, officials said on Friday.\n")
        let waiting = try RunningProgram(["index", "."], in: corpus.url)
        usleep(700_000)
        // Readers are not blocked by a writer.
        #expect(try passim(["search", "Kursk"], in: corpus.url).status == 0)
        #expect(waiting.process.isRunning)
        close(holder)
        let run = waiting.wait()
        #expect(run.status == 0)
        #expect(run.stderr.contains("waiting for it to finish"))
        #expect(try passim(["search", "drones", "--files"], in: corpus.url).stdout.contains("new.txt"))
    }

    @Test func ctrlCCommitsWhatIsDoneExits130AndTheNextRunFinishes() throws {
        let corpus = try Corpus.synthetic(articles: 3000)
        let running = try RunningProgram(["index", "."], in: corpus.url)
        let stub = corpus.indexURL.appendingPathComponent("XAPIANDB").path
        #expect(eventually(within: 30) { FileManager.default.fileExists(atPath: stub) })
        // Past setting up (entity data, synonyms), into writing articles.
        usleep(4_000_000)
        running.signal(SIGINT)
        let run = running.wait()
        #expect(run.status == 130, "\(run.stderr)")
        #expect(run.stderr.contains("interrupted"))
        let partial = try corpus.indexCounts()
        #expect(partial.articles > 0 && partial.articles < 3000)

        let rest = try passim(["index", "."], in: corpus.url)
        #expect(rest.status == 0)
        #expect(try corpus.indexCounts().articles == 3000)
    }

    @Test func aKillAtAnyMomentLeavesTheLastCommitAndTheNextRunCompletesTheJob() throws {
        let corpus = try Corpus.synthetic(articles: 3000)
        // What a clean run produces, for comparison.
        let reference = corpus.url.appendingPathComponent(".reference").path
        #expect(try passim(["index", ".", "--index", reference], in: corpus.url).status == 0)
        let expected = try passim(["stats", "--index", reference], in: corpus.url).stdout
            .split(separator: "\n").first { $0.hasPrefix("passages:") }

        for delay in [300_000, 2_000_000] as [UInt32] {
            try? FileManager.default.removeItem(at: corpus.indexURL)
            let running = try RunningProgram(["index", "."], in: corpus.url)
            usleep(delay)
            running.signal(SIGKILL)
            _ = running.wait()
            // Openable at its last commit, whatever that was.
            let stats = try passim(["stats"], in: corpus.url)
            // Killed before the first commit, there is no index yet to open.
            #expect(stats.status == 0 || stats.stderr.contains("no index") || stats.stderr.contains("not a passim index"),
                    "after \(delay) µs: \(stats.stderr)")
            let check = try passim(["check"], in: corpus.url)
            #expect(!check.stdout.contains("damaged"), "after \(delay) µs: \(check.stdout)")

            let rest = try passim(["index", "."], in: corpus.url)
            #expect(rest.status == 0, "\(rest.stderr)")
            let passages = try passim(["stats"], in: corpus.url).stdout
                .split(separator: "\n").first { $0.hasPrefix("passages:") }
            #expect(passages == expected)
            #expect(try corpus.indexCounts().articles == 3000)
        }
    }
}
