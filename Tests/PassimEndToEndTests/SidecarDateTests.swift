import Foundation
import Testing

/// Dates a user states in the folder's `dates.tsv`, as `passim index` takes them.
@Suite struct SidecarDateTests {
    /// Three articles about the harbour: one with front matter, one named by its date, one with a dateline.
    static func corpus(sidecar: String) throws -> Corpus {
        let corpus = try Corpus(copyingSeeds: false)
        let story = "The harbour reopened after the storm, and the fishing fleet came back in"
        try corpus.write("front.md", "---\ntitle: Harbour winter\ndate: 2022-01-02\n---\n\n\(story) in January.\n")
        try corpus.write("wire/2021-05-06-harbour.txt", "Harbour review\n\n\(story), traders said.\n")
        try corpus.write("desk.txt", "Harbour notes\n15 Apr 2017\n\n\(story), the keeper said.\n")
        try corpus.write("dates.tsv", sidecar)
        return corpus
    }

    func dates(in corpus: Corpus) throws -> [String: String] {
        let run = try passim(["search", "harbour", "--json"], in: corpus.url)
        var dates: [String: String] = [:]
        for object in try jsonObjects(run) {
            dates[object["path"] as? String ?? ""] = "\(object["date"] ?? "-") \(object["date_source"] ?? "-")"
        }
        return dates
    }

    func index(_ corpus: Corpus) throws -> Run {
        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0, "index failed: \(run.stderr)")
        return run
    }

    @Test func aSidecarDateWinsOverMetadataNameAndDateline() throws {
        let corpus = try Self.corpus(sidecar: """
            # path<TAB>date
            front.md\t2020-02-03

            ./wire/2021-05-06-harbour.txt\t2019-08-09T23:30:00+02:00
            desk.txt\t2018-12-31 10:00
            """)
        let run = try index(corpus)
        #expect(!run.stderr.contains("dates.tsv"), "unexpected warning: \(run.stderr)")
        #expect(try dates(in: corpus) == [
            "front.md": "2020-02-03 sidecar", "wire/2021-05-06-harbour.txt": "2019-08-09 sidecar",
            "desk.txt": "2018-12-31 sidecar",
        ])
        // The sidecar is the folder's own, neither an article nor a file left out.
        #expect(try corpus.indexCounts().articles == 3)
        #expect(!run.stderr.contains(".tsv"))
    }

    @Test func editingOneLineReDatesOnlyThatArticle() throws {
        let corpus = try Self.corpus(sidecar: "front.md\t2020-02-03\ndesk.txt\t2018-12-31\n")
        _ = try index(corpus)
        try corpus.write("dates.tsv", "front.md\t2020-02-03\ndesk.txt\t2016-06-07\n")
        let run = try index(corpus)
        #expect(run.stderr.contains("0 added, 1 updated, 0 removed, 2 unchanged; read 0.0 MB"), "\(run.stderr)")
        #expect(try dates(in: corpus) == [
            "front.md": "2020-02-03 sidecar", "wire/2021-05-06-harbour.txt": "2021-05-06 name",
            "desk.txt": "2016-06-07 sidecar",
        ])
        let again = try index(corpus)
        #expect(again.stderr.contains("0 updated, 0 removed, 3 unchanged"), "\(again.stderr)")
    }

    @Test func aBadLineIsWarnedAboutByNumberAndTheRestStillApplies() throws {
        let corpus = try Self.corpus(sidecar: """
            front.md 2020-02-03
            gone.txt\t2020-02-03
            desk.txt\t1850-01-01
            desk.txt\tlast spring
            wire/2021-05-06-harbour.txt\t2019-08-09
            """)
        let run = try index(corpus)
        let warnings = run.stderr.split(separator: "\n").filter { $0.contains("dates.tsv") }
        #expect(warnings == [
            "passim: warning: dates.tsv:1: no tab between path and date; write PATH<TAB>YYYY-MM-DD",
            "passim: warning: dates.tsv:2: no article gone.txt in the folder; write its path relative to the folder",
            "passim: warning: dates.tsv:3: 1850-01-01 is not a plausible date (a real day from 1900 up to tomorrow)",
            "passim: warning: dates.tsv:4: 'last spring' is not a date; write YYYY-MM-DD or an ISO date and time (2022-06-23T20:30:00Z)",
        ])
        #expect(try dates(in: corpus) == [
            "front.md": "2022-01-02 metadata", "wire/2021-05-06-harbour.txt": "2019-08-09 sidecar",
            "desk.txt": "2017-04-15 dateline",
        ])
    }

    @Test func removingAnEntryOrTheSidecarFallsBackToTheArticlesOwnDate() throws {
        let corpus = try Self.corpus(sidecar: "front.md\t2020-02-03\ndesk.txt\t2018-12-31\n")
        _ = try index(corpus)
        try corpus.write("dates.tsv", "desk.txt\t2018-12-31\n")
        let run = try index(corpus)
        #expect(run.stderr.contains("1 updated, 0 removed, 2 unchanged"), "\(run.stderr)")
        #expect(try dates(in: corpus)["front.md"] == "2022-01-02 metadata")
        try FileManager.default.removeItem(at: corpus.url.appendingPathComponent("dates.tsv"))
        _ = try index(corpus)
        #expect(try dates(in: corpus) == [
            "front.md": "2022-01-02 metadata", "wire/2021-05-06-harbour.txt": "2021-05-06 name",
            "desk.txt": "2017-04-15 dateline",
        ])
    }
}
