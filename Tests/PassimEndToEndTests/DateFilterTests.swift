import Foundation
import Testing

/// Keeping or leaving out the articles dated by their file's time only, and dates back from today.
@Suite struct DateFilterTests {
    func files(_ arguments: [String], in corpus: Corpus) throws -> [String] {
        try passim(["search"] + arguments + ["--files"], in: corpus.url).lines.sorted()
    }

    @Test("--dated, --undated and date:none", arguments: [
        (["harbour", "--dated"], ["front.md", "jsonld.html", "meta.html", "wire.txt"]),
        (["harbour", "--undated"], ["undated.txt"]),
        (["harbour date:none"], ["undated.txt"]),
        (["harbour -date:none"], ["front.md", "jsonld.html", "meta.html", "wire.txt"]),
        (["date:none OR date:1987"], ["undated.txt", "wire.txt"]),
        (["harbour", "--dated", "--since", "2024"], ["jsonld.html", "meta.html"]),
        (["harbour", "--undated", "--since", "2024"], []),
        (["\"date:none\""], []),
    ])
    func undated(_ arguments: [String], _ expected: [String]) throws {
        let corpus = try DateSearchTests.datedCorpus()
        #expect(try files(arguments, in: corpus) == expected)
    }

    @Test func relativeDatesCountBackFromToday() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("fresh.txt", "Harbour notes\n\nThe harbour is quiet.\n")
        try corpus.write("stale.txt", "Harbour notes\n\nThe harbour was quiet.\n")
        let tenDaysAgo = Date().addingTimeInterval(-10 * 86_400)
        let twoMonthsAgo = Date().addingTimeInterval(-62 * 86_400)
        try FileManager.default.setAttributes([.modificationDate: tenDaysAgo],
                                              ofItemAtPath: corpus.url.appendingPathComponent("fresh.txt").path)
        try FileManager.default.setAttributes([.modificationDate: twoMonthsAgo],
                                              ofItemAtPath: corpus.url.appendingPathComponent("stale.txt").path)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        #expect(try files(["harbour", "--since", "30d"], in: corpus) == ["fresh.txt"])
        #expect(try files(["harbour", "--since", "3w"], in: corpus) == ["fresh.txt"])
        #expect(try files(["harbour", "--until", "30d"], in: corpus) == ["stale.txt"])
        #expect(try files(["harbour date:1m.."], in: corpus) == ["fresh.txt"])
        #expect(try files(["harbour date:1y..today"], in: corpus) == ["fresh.txt", "stale.txt"])
    }
}
