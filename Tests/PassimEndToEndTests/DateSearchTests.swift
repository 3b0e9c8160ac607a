import Foundation
import Testing

/// Dates as `passim index` finds them and `passim search` filters and sorts by them.
@Suite struct DateSearchTests {
    /// Five articles about the harbour, dated in five ways.
    static func datedCorpus() throws -> Corpus {
        let corpus = try Corpus(copyingSeeds: false)
        let story = "The harbour reopened after the storm, and the fishing fleet came back in as grain prices fell"
        try corpus.write("meta.html", """
            <html><head><title>Harbour talks</title>
            <meta property="article:published_time" content="2024-10-23T08:00:00+02:00"></head>
            <body><p>\(story) on Wednesday.</p></body></html>
            """)
        try corpus.write("jsonld.html", """
            <html><head><title>Harbour reopens</title><script type="application/ld+json">
            {"@type": "NewsArticle", "datePublished": "2024-11-05T10:00:00Z"}</script></head>
            <body><p>\(story) on Tuesday.</p></body></html>
            """)
        try corpus.write("front.md", "---\ntitle: Harbour winter\ndate: 2022-01-02\n---\n\n\(story) in January.\n")
        try corpus.write("wire.txt", "HARBOUR REVIEW\n26-FEB-1987 15:01:01.79\n\n    \(story), traders said.\n")
        try corpus.write("undated.txt", "Harbour notes\n\n\(story), the keeper said.\n")
        // Noon UTC, so the day is the same in any time zone within eleven hours.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_678_881_600)],
                                              ofItemAtPath: corpus.url.appendingPathComponent("undated.txt").path)
        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0, "index failed: \(run.stderr)")
        return corpus
    }

    func files(_ arguments: [String], in corpus: Corpus) throws -> [String] {
        try passim(["search"] + arguments + ["--files"], in: corpus.url).lines
    }

    @Test func eachArticleHasTheDateItStatesOrItsFilesTimeMarkedAsSuch() throws {
        let corpus = try Self.datedCorpus()
        let run = try passim(["search", "harbour", "--json"], in: corpus.url)
        var dates: [String: String] = [:]
        for object in try jsonObjects(run) {
            dates[object["path"] as? String ?? ""] = "\(object["date"] ?? "-") \(object["date_source"] ?? "-")"
        }
        #expect(dates == [
            "meta.html": "2024-10-23 metadata", "jsonld.html": "2024-11-05 metadata", "front.md": "2022-01-02 metadata",
            "wire.txt": "1987-02-26 dateline", "undated.txt": "2023-03-15 modified",
        ])
        let human = try passim(["search", "keeper"], in: corpus.url)
        #expect(human.lines.first?.hasPrefix("undated.txt:1  ") == true)
        #expect(human.lines.first?.contains("2023-03-15 (file time)") == true)
        #expect(try passim(["search", "Wednesday"], in: corpus.url).lines.first?.contains("  2024-10-23  Harbour talks") == true)
    }

    @Test("--since, --until and date: keep the articles dated in the range, ends included", arguments: [
        (["harbour", "--since", "2024-11"], ["jsonld.html"]),
        (["harbour", "--until", "2022"], ["front.md", "wire.txt"]),
        (["harbour", "--since", "2023", "--until", "2024-10"], ["meta.html", "undated.txt"]),
        (["harbour", "--since", "2024-10-23", "--until", "2024-10-23"], ["meta.html"]),
        (["harbour date:2024-10..2024-11"], ["jsonld.html", "meta.html"]),
        (["harbour date:2024"], ["jsonld.html", "meta.html"]),
        (["harbour date:..2022-06"], ["front.md", "wire.txt"]),
        (["harbour date:2024-10-24.."], ["jsonld.html"]),
        (["date:2023-03"], ["undated.txt"]),
        (["harbour date:1987 OR date:2022"], ["front.md", "wire.txt"]),
        (["harbour date:2022", "--since", "2023"], []),
    ])
    func ranges(_ arguments: [String], _ expected: [String]) throws {
        let corpus = try Self.datedCorpus()
        #expect(try files(arguments, in: corpus).sorted() == expected)
        let count = try passim(["search"] + arguments + ["--count"], in: corpus.url)
        #expect(count.stdout == "\(expected.count)\n")
    }

    @Test func sortingByDateIsNewestFirstAndRelevanceOtherwise() throws {
        let corpus = try Self.datedCorpus()
        // Articles dated by their file's time only come last, in either order.
        #expect(try files(["harbour", "--sort", "date"], in: corpus)
                == ["jsonld.html", "meta.html", "front.md", "wire.txt", "undated.txt"])
        #expect(try files(["harbour", "--sort", "oldest"], in: corpus)
                == ["wire.txt", "front.md", "meta.html", "jsonld.html", "undated.txt"])
        #expect(try files(["harbour", "--sort", "date", "--until", "2023"], in: corpus)
                == ["front.md", "wire.txt", "undated.txt"])
        let json = try jsonObjects(try passim(["search", "harbour", "--sort", "date", "--json", "--limit", "2"], in: corpus.url))
        #expect(json.map { $0["rank"] as? Int } == [1, 2])
        #expect(try passim(["search", "harbour", "--sort", "relevance"], in: corpus.url).status == 0)
    }

    @Test("a bad date is one line on stderr and exit status 2", arguments: [
        (["harbour", "--since", "2024-13"], "--since `2024-13` is not a date"),
        (["harbour", "--until", "soon"], "--until `soon` is not a date"),
        (["harbour", "--since", "2025", "--until", "2024"], "--since 2025 is after --until 2024"),
        (["harbour date:2024-13"], "`date:2024-13` is not a date"),
        (["harbour date:2024..soon"], "`date:2024..soon` is not a date"),
        (["harbour", "--since", "30x"], "--since `30x` is not a date"),
        (["harbour", "--dated", "--undated"], "choose one of --dated and --undated"),
        (["harbour", "--sort", "newest"], "newest"),
    ])
    func badDates(_ arguments: [String], _ message: String) throws {
        let corpus = try Self.datedCorpus()
        let run = try passim(["search"] + arguments, in: corpus.url)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.hasPrefix("passim: ") && run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func aTouchedUndatedFileTakesItsNewDay() throws {
        let corpus = try Self.datedCorpus()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_049_600)],
                                              ofItemAtPath: corpus.url.appendingPathComponent("undated.txt").path)
        #expect(try passim(["index"], in: corpus.url).status == 0)
        #expect(try files(["keeper", "date:2023-11-15"], in: corpus) == ["undated.txt"])
    }

    static let reuters = sharedCorpus("reuters21578")

    @Test(.enabled(if: reuters != nil, "../shared/corpora/reuters21578 is absent"))
    func reutersStoriesAreDatedByTheirDatelinesNotTheirFiles() throws {
        let corpus = try Corpus(copyingSeeds: false)
        let source = try #require(Self.reuters)
        // Files dated 2020 on disk: every date found must come from the text.
        let lastYear = Date(timeIntervalSince1970: 1_600_000_000)
        for number in 1...40 {
            let name = String(format: "%05d.txt", number)
            let from = source.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: from.path) else { continue }
            let to = corpus.url.appendingPathComponent(name)
            try FileManager.default.copyItem(at: from, to: to)
            try FileManager.default.setAttributes([.modificationDate: lastYear], ofItemAtPath: to.path)
        }
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let hits = try jsonObjects(try passim(["search", "said", "--json", "--limit", "100", "--per-article", "1"], in: corpus.url))
        #expect(hits.count > 20)
        for hit in hits {
            #expect((hit["date"] as? String)?.hasPrefix("1987-") == true, "\(hit["path"] ?? "")")
            #expect(hit["date_source"] as? String == "dateline")
        }
        let cocoa = try jsonObjects(try passim(["search", "cocoa", "date:1987-02-26", "--json"], in: corpus.url))
        #expect(cocoa.first?["path"] as? String == "00001.txt")
        #expect(try files(["said", "--since", "1988"], in: corpus).isEmpty)
        // Feedback widens the query, never past its date.
        let widened = try jsonObjects(try passim(["search", "cocoa prices exports date:1987-02-26", "--feedback",
                                                  "--json", "--limit", "30"], in: corpus.url))
        #expect(!widened.isEmpty)
        #expect(widened.allSatisfy { $0["date"] as? String == "1987-02-26" })
    }
}
