import Foundation
import Testing

/// Numbers a user types that once trapped converting to milliseconds or
/// to Xapian's 32-bit counts: one clear line and exit 2, never a signal.
@Suite(.serialized) struct HostileNumberTests {
    let corpus: Corpus
    init() throws { corpus = try Corpus.indexedSeeds() }

    @Test(arguments: [
        ["search", "Kursk", "--timeout", "inf"], ["search", "Kursk", "--timeout", "1e19"],
        ["search", "Kursk", "--timeout", "nan"], ["search", "Kursk", "--timeout", "0"],
        ["search", "Kursk", "--timeout", "86401"], ["entities", "--timeout", "inf"],
        ["serve", "--timeout", "1e19"], ["serve", "--timeout", "-inf"],
        ["search", "Kursk", "--offset", "9223372036854775807"],
        ["search", "Kursk", "--limit", "9223372036854775807", "--offset", "5"],
        ["search", "Kursk", "--per-article", "99999999999999"],
    ])
    func aHostileNumberGetsOneLineAndExitTwo(arguments: [String]) throws {
        let run = try passim(arguments, in: corpus.url)
        #expect(run.status == 2, "\(arguments): \(run.status) \(run.stderr)")
        #expect(run.stderr.hasPrefix("passim: "), "\(arguments): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
    }

    @Test func aFractionalTimeoutIsAccepted() throws {
        let run = try passim(["search", "Kursk", "--timeout", "2.5", "--count"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
    }
}
