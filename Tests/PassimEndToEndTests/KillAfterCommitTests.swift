import Foundation
import Testing

/// kill -9 after a run has committed part of its work: the next run finishes
/// with every passage of a clean index, none twice.
@Suite(.serialized) struct KillAfterCommitTests {
    @Test func aKillAfterTheFirstCommitLosesAndDuplicatesNoPassage() throws {
        let corpus = try Corpus.synthetic(articles: 600)
        // A long article among the short ones, so the first commit can fall near it.
        let paragraph = "Artillery shells hit the border region overnight and the army said troops held the line. "
        try corpus.write("big/long.txt", "Long report\n\n" + (0..<2400).map { "Section \($0). " + paragraph + paragraph + paragraph + "\n\n" }.joined())
        let reference = corpus.url.appendingPathComponent(".reference")
        #expect(try passim(["index", ".", "--index", reference.path, "--shards", "1", "-q"], in: corpus.url).status == 0)
        let expected = try PassageIDs(of: reference)

        let running = try RunningProgram(["index", ".", "--shards", "1", "--commit-mb", "0.25", "-q"], in: corpus.url)
        #expect(eventually(within: 30) { ((try? PassageIDs(of: corpus.indexURL))?.total ?? 0) > 0 })
        running.signal(SIGKILL)
        #expect(running.wait().status == 128 + SIGKILL, "the run ended before it could be killed")
        let partial = try PassageIDs(of: corpus.indexURL)
        #expect(partial.total > 0 && partial.total < expected.total)

        let rerun = try passim(["index", ".", "-q"], in: corpus.url)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let after = try PassageIDs(of: corpus.indexURL)
        #expect(after.counts.keys.sorted() == expected.counts.keys.sorted(), "lost or extra passages")
        #expect(after.counts.values.allSatisfy { $0 == 1 }, "duplicated passages")
        let check = try passim(["check"], in: corpus.url)
        #expect(check.status == 0 && check.stdout.contains("database sound"), "\(check.stdout)")
    }

    @Test func aCommitSizeOutOfRangeIsRefused() throws {
        let corpus = try Corpus()
        let run = try passim(["index", ".", "--commit-mb", "0"], in: corpus.url)
        #expect(run.status == 64 || run.status == 2)
        #expect(run.stderr.contains("--commit-mb must be between"))
    }
}

/// Every passage id (Xapian's Q term) in an index's shards, with how many
/// documents hold it, read with xapian-delve as a stranger would.
struct PassageIDs {
    var counts: [String: Int] = [:]
    var total: Int { counts.values.reduce(0, +) }

    init(of index: URL) throws {
        let stub = try String(contentsOf: index.appendingPathComponent("XAPIANDB"), encoding: .utf8)
        for line in stub.split(separator: "\n") where line.hasPrefix("auto ") {
            let shard = index.appendingPathComponent(String(line.dropFirst(5))).path
            let listing = try runCommand(["xapian-delve", "-1", "-a", "-v", shard], in: index)
            for entry in listing.lines where entry.hasPrefix("Q") {
                let parts = entry.split(separator: " ")
                counts[String(parts[0]), default: 0] += Int(parts.last ?? "0") ?? 0
            }
        }
    }
}
