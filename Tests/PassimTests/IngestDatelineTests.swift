import Testing
@testable import PassimText

@Suite("Ingest: datelines, file names and dates that are not the article's")
struct IngestDatelineTests {
    func date(_ text: String) -> String? { DateFinder.date(in: Array(text.utf8)) }

    @Test("datelines as news sites print them, under or above the title", arguments: [
        ("Friday 21 November 2014 10:13", "2014-11-21"),
        ("15 Apr 2017", "2017-04-15"),
        ("Published July 5 2015", "2015-07-05"),
        ("Date of publication 4 October 2017", "2017-10-04"),
        ("10-11-2014", "2014-11-10"),
        ("24.09.2014", "2014-09-24"),
        ("09.04.2017Get short URL", "2017-04-09"),
        ("24.07.2016(updated 2042 24.07.2016)", "2016-07-24"),
        ("Last updated at Jul 152015", "2015-07-15"),
        ("2022-06-23T20:30:00Z", "2022-06-23"),
        ("June 23, 2022", "2022-06-23"),
        ("06/23/2022", "2022-06-23"),
        ("2022/06/23 20:30", "2022-06-23"),
        ("By Jo Bloggs | June 23, 2022", "2022-06-23"),
        ("KYIV, June 23, 2022 (Reuters) - Ukrainian forces pulled back from the city after weeks of fighting, officials said.", "2022-06-23"),
    ])
    func datelines(_ line: String, _ expected: String) {
        #expect(date("Russia pulls back from Kherson\n\(line)\n\nThe body of the story.") == expected)
        #expect(date("\(line)\nRussia pulls back from Kherson\n\nThe body of the story.") == expected)
    }

    @Test("day-first with dots and dashes, month-first with slashes, turned round when only that is a day", arguments: [
        ("05.06.2022", "2022-06-05"), ("05-06-2022", "2022-06-05"), ("05/06/2022", "2022-05-06"),
        ("06.23.2022", "2022-06-23"), ("23/06/2022", "2022-06-23"),
    ])
    func numericOrder(_ line: String, _ expected: String) {
        #expect(date("Title\n\(line)\n") == expected)
    }

    @Test("a date quoted in the story is never the article's", arguments: [
        "Zelensky speaks\nMore than four million people have left since Russia invaded on February 24, 2022, the UN said, and the count keeps growing.",
        "Zelensky speaks\nOn September 1, 1939 the war began, he told parliament.",
        "Zelensky speaks\nSeptember 1, 1939 marked the start of the war, he said.",
        "Ukraine war: what happened on 24 February 2022\n\nThe body.",
        "Zelensky speaks\nThe invasion (24.02.2022) changed everything for the people of Kharkiv and beyond, he said.",
    ])
    func quotedDates(_ text: String) {
        #expect(date(text) == nil)
    }

    @Test("a day before 1900 or after tomorrow is not taken")
    func implausible() {
        #expect(date("Title\n12.05.1850\n") == nil)
        #expect(date("Title\n12.05.2999\n") == nil)
        #expect(FileNameDate.date(ofPath: Array("29990101-slug.txt".utf8)) == nil)
    }

    @Test("dates in file names and folders", arguments: [
        ("20220623T203000Z_GB_en_c64c51f367.txt", "2022-06-23"),
        ("bbc/2022-06-23-slug.md", "2022-06-23"),
        ("2022/06/23/slug.txt", "2022-06-23"),
        ("news/2022/6/3/slug.txt", "2022-06-03"),
        ("20220623-slug.txt", "2022-06-23"),
        ("report_2022_06_23.txt", "2022-06-23"),
        ("2022-06-23/slug.txt", "2022-06-23"),
    ])
    func names(_ path: String, _ expected: String) {
        #expect(FileNameDate.date(ofPath: Array(path.utf8)) == expected)
    }

    @Test("names whose numbers are no day", arguments: [
        "2022/06/slug.txt", "id12345678.txt", "00001.txt", "123456789-slug.txt", "x20220623.txt", "2022-13-01-slug.md",
    ])
    func notNames(_ path: String) {
        #expect(FileNameDate.date(ofPath: Array(path.utf8)) == nil)
    }

    @Test("metadata outranks the name, the name the dateline")
    func trust() throws {
        let text = "Title\n24.09.2014\n\nBody quoting March 20, 2003.\n"
        let named = try ArticleReader.extract(Array(text.utf8), format: .text, path: "2022/06/23/a.txt", baseName: "a")
        #expect(named.date == "2022-06-23" && named.dateSource == .name)
        let plain = try ArticleReader.extract(Array(text.utf8), format: .text, path: "a.txt", baseName: "a")
        #expect(plain.date == "2014-09-24" && plain.dateSource == .dateline)
        let front = "---\ndate: 2020-01-02\n---\n\n" + text
        let declared = try ArticleReader.extract(Array(front.utf8), format: .markdown, path: "2022/06/23/a.md", baseName: "a")
        #expect(declared.date == "2020-01-02" && declared.dateSource == .metadata)
    }
}
