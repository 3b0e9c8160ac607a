import Foundation
import Testing

/// `passim timeline`: matching articles and passages per period, undated ones apart.
@Suite struct TimelineTests {
    /// Harbour stories dated in 2024-01 (two), 2024-03 (one) and one with no stated date.
    static func corpus() throws -> Corpus {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("2024-01-05-harbour.txt", "Harbour opens\n\nThe harbour opened. The fleet sailed.\n\nThe harbour was busy.\n")
        try corpus.write("b.txt", "Harbour closes\n12.01.2024\n\nThe harbour closed for the storm, said the keeper.\n")
        try corpus.write("news/2024/03/30/c.txt", "Harbour again\n\nThe harbour reopened after the storm.\n")
        try corpus.write("d.txt", "Harbour notes\n\nThe harbour is quiet, the keeper said on 1 February 2024.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        return corpus
    }

    @Test func monthsAreCountedEmptyOnesShownAndUndatedArticlesApart() throws {
        let corpus = try Self.corpus()
        let run = try passim(["timeline", "harbour", "--by", "month"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.lines
        #expect(lines.map { String($0.prefix(7)) } == ["2024-01", "2024-02", "2024-03", "total  ", "undated"])
        #expect(lines[0].hasSuffix("█ 2") && lines[1].hasSuffix(" 0") && lines[2].hasSuffix(" 1"))
        // Bars are proportional: the month of two articles has twice the bar of the month of one.
        let bars = lines.prefix(3).map { $0.filter { $0 == "█" }.count }
        #expect(bars[0] > 0 && abs(bars[0] - 2 * bars[2]) <= 1 && bars[1] == 0)
        #expect(lines[3].contains("4 articles") && lines[4].contains("1 article, 1 passage"))
    }

    @Test func jsonAndCSVGiveOneRecordPerPeriodAndCompareQueries() throws {
        let corpus = try Self.corpus()
        let json = try jsonObjects(try passim(["timeline", "harbour", "--by", "month", "--json"], in: corpus.url))
        #expect(json.map { $0["period"] as? String } == ["2024-01", "2024-02", "2024-03", nil])
        #expect(json.map { $0["articles"] as? Int } == [2, 0, 1, 1])
        #expect(json.map { $0["passages"] as? Int } == [2, 0, 1, 1])
        #expect(json.last?["undated"] as? Bool == true)
        let csv = try passim(["timeline", "harbour", "keeper", "--by", "year", "--csv"], in: corpus.url)
        #expect(csv.lines == ["query,period,articles,passages", "harbour,2024,3,3", "harbour,undated,1,1",
                              "keeper,2024,1,1", "keeper,undated,1,1"])
    }

    @Test func weeksAreISOWeeksAndTheUnitFoldsWhenUnset() throws {
        let corpus = try Self.corpus()
        let weeks = try jsonObjects(try passim(["timeline", "harbour", "--by", "week", "--json", "--dated"], in: corpus.url))
        #expect(weeks.first?["period"] as? String == "2024-W01")
        #expect(weeks.last?["period"] as? String == "2024-W13")
        #expect(weeks.count == 13)
        #expect(!weeks.contains { $0["undated"] != nil })
        let auto = try jsonObjects(try passim(["timeline", "harbour", "--json"], in: corpus.url))
        #expect(auto.first?["period"] as? String == "2024-W01")
    }

    @Test func nothingFoundAndBadInputSayWhy() throws {
        let corpus = try Self.corpus()
        let none = try passim(["timeline", "volcano"], in: corpus.url)
        #expect(none.status == 1 && none.stderr.contains("no passages found"))
        let bad = try passim(["timeline", "harbour", "--by", "decade"], in: corpus.url)
        #expect(bad.status == 2 && bad.stderr.split(separator: "\n").count == 1)
    }
}
