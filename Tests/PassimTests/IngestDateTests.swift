import Testing
@testable import PassimText

@Suite("Ingest: finding the date")
struct IngestDateTests {
    func date(_ text: String) -> String? { DateFinder.date(in: Array(text.utf8)) }

    @Test("the forms news text uses", arguments: [
        ("2024-10-23", "2024-10-23"),
        ("Published 2024-10-23T08:15:00Z by staff", "2024-10-23"),
        ("BAHIA COCOA REVIEW\n26-FEB-1987 15:01:01.79\n\nShowers continued", "1987-02-26"),
        ("October 23rd 2024", "2024-10-23"),
        ("Wednesday, October 23, 2024", "2024-10-23"),
        ("23 October 2024", "2024-10-23"),
        ("1st March, 2023", "2023-03-01"),
        ("Oct. 23, 2024", "2024-10-23"),
        ("Oct 23 2024", "2024-10-23"),
        ("Sept 9 2001", "2001-09-09"),
        ("29 February 2024", "2024-02-29"),
    ])
    func forms(_ text: String, _ expected: String) {
        #expect(date(text) == expected)
    }

    @Test("what is not a full, real date", arguments: [
        "on October 23rd by America's defence secretary",
        "February 30, 2024",
        "29 February 2023",
        "2024-13-01",
        "12 May 1850",
        "Octobers 23 2024",
        "Room 23 October 20245",
        "12024-10-23",
    ])
    func notDates(_ text: String) {
        #expect(date(text) == nil)
    }

    @Test("only the top of the article counts")
    func top() {
        let lines = (1...5).map { "Line \($0)" }.joined(separator: "\n\n")
        #expect(date(lines + "\nOctober 23, 2024") == nil)
        #expect(date("Line 1\n\n\n\nOctober 23, 2024\n") == "2024-10-23")
        #expect(date(String(repeating: "word ", count: 250) + "October 23, 2024") == nil)
    }

    @Test("the seed article, whose only date lacks a year, has none")
    func seed() throws {
        let bytes = try #require(IngestFixtures.readBytes(IngestFixtures.repositoryRoot + "/seeds/000_8bf942be92c7755d.txt"))
        #expect(DateFinder.date(in: bytes) == nil)
    }

    static let reuters = IngestFixtures.sharedCorpora + "/reuters21578"

    @Test("real Reuters stories carry their 1987 date", .enabled(if: IngestFixtures.exists(reuters), "../shared is absent"))
    func reutersFiles() throws {
        let first = try ArticleReader.read(Self.file("00001.txt"))
        #expect(first.date == "1987-02-26")
        #expect(first.dateSource == .dateline)
        #expect(first.title == "BAHIA COCOA REVIEW")
        var dated = 0
        let names = (2...300).map { number in String(repeating: "0", count: 5 - String(number).count) + String(number) + ".txt" }
        let present = names.filter { IngestFixtures.exists(Self.reuters + "/" + $0) }
        for name in present {
            let article = try ArticleReader.read(Self.file(name))
            if article.date?.hasPrefix("1987-") == true, article.dateSource == .dateline { dated += 1 }
        }
        #expect(!present.isEmpty)
        #expect(dated == present.count)
    }

    static func file(_ name: String) -> SourceFile {
        SourceFile(pathBytes: Array((reuters + "/" + name).utf8), relativeBytes: Array(name.utf8), format: .text,
                   size: 0, modifiedNanoseconds: 0)
    }
}
