import Testing
@testable import PassimIndex
@testable import PassimText

/// `dates.tsv`: what a line states and why a line is not taken.
@Suite struct IngestSidecarTests {
    let articles: Set<String> = ["a.txt", "news/b.md", "c.html"]

    func parse(_ text: String) -> SidecarDates {
        SidecarDates.parse(Array(text.utf8), isArticle: articles.contains)
    }

    @Test("a date or an ISO date and time gives its own day", arguments: [
        ("2022-06-23", "2022-06-23"), ("2022-06-23T20:30:00Z", "2022-06-23"), ("2022-06-23T20:30", "2022-06-23"),
        ("2022-06-23 20:30:00.123+02:00", "2022-06-23"), ("2022-06-23T23:59:59-0500", "2022-06-23"),
    ])
    func aDateOrDateTimeGivesItsDay(value: String, day: String) throws {
        #expect(try SidecarDay.day(of: Substring(value)).get() == day)
    }

    @Test("anything else is not a date", arguments: [
        "2022-6-23", "23.06.2022", "2022-06-23T25:00", "2022-06-23T20:30Q", "2022-06-23x", "June 2022", "",
    ])
    func anythingElseIsNotADate(value: String) {
        #expect(throws: SidecarDates.LineError.self) { try SidecarDay.day(of: Substring(value)).get() }
    }

    @Test func impossibleAndImplausibleDaysAreRefused() {
        for value in ["2022-02-30", "1899-12-31", "2999-01-01"] {
            guard case .failure(let error) = SidecarDay.day(of: Substring(value)) else {
                Issue.record("\(value) taken")
                continue
            }
            #expect(error.reason.contains("not a plausible date"))
        }
    }

    @Test func commentsBlankLinesCarriageReturnsAndDotSlashAreAllowed() {
        let sidecar = parse("# dates\r\n\r\n./a.txt\t2020-01-02\r\n  \nnews/b.md\t 2021-03-04 \n")
        #expect(sidecar.warnings.isEmpty)
        #expect(sidecar.dates == ["a.txt": "2020-01-02", "news/b.md": "2021-03-04"])
    }

    @Test func eachBadLineIsOneWarningWithItsNumberAndTheRestApplies() {
        let sidecar = parse("a.txt 2020-01-02\nmissing.txt\t2020-01-02\n\tc.html\nc.html\t2020-01-02\nc.html\t2021-01-01\n")
        #expect(sidecar.dates == ["c.html": "2020-01-02"])
        #expect(sidecar.warnings == [
            "dates.tsv:1: no tab between path and date; write PATH<TAB>YYYY-MM-DD",
            "dates.tsv:2: no article missing.txt in the folder; write its path relative to the folder",
            "dates.tsv:3: no path before the tab",
            "dates.tsv:5: c.html is already dated on line 4; this line is left out",
        ])
    }

    @Test func theRecordRemembersTheStatedDayAndReadsOldRecords() throws {
        var record = ArticleRecord(size: 10, modifiedNanoseconds: 5, passageCount: 2, contentHash: 0xABC,
                                   relativePath: "news/b d.md", statedDate: "2020-01-02")
        #expect(ArticleRecord(encoded: record.encoded) == record)
        record.statedDate = nil
        #expect(record.encoded == "10 5 2 abc\tnews/b d.md")
        #expect(ArticleRecord(encoded: record.encoded) == record)
    }

    @Test func aStatedDateWinsWhenTheFileIsRead() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("2021-05-06-note.md", "---\ndate: 2022-01-02\n---\n\nHarbour notes.\n")
        var file = try #require(try FileWalker.walk(root: folder.path).files.first)
        #expect(try ArticleReader.read(file).dateSource == .metadata)
        file.statedDate = "2019-08-09"
        let content = try ArticleReader.read(file)
        #expect(content.date == "2019-08-09")
        #expect(content.dateSource == .sidecar)
    }
}
