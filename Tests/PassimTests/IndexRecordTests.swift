import Testing
@testable import PassimIndex
import PassimText

@Suite struct IndexRecordTests {
    @Test func aPassageRecordSurvivesEncodingWithAnyText() throws {
        let record = PassageRecord(
            article: ArticleID(relativePath: Array("world/kursk.txt".utf8)), ordinal: 7,
            relativePath: "world/kursk.txt", title: "Troops “in” Kursk\tand\nmore", date: "2024-10-23",
            line: 42, start: 1_000_000, end: 1_000_777, text: String(repeating: "é missiles ", count: 300))
        let decoded = try #require(PassageRecord(decoding: record.encoded()))
        #expect(decoded == record)
    }

    @Test func theDatesSourceAndThePageSurviveEncoding() throws {
        var record = PassageRecord(article: ArticleID(value: 1), ordinal: 0, relativePath: "a.pdf", title: "t",
                                   date: "2024-10-23", line: 3, start: 0, end: 5, text: "hello",
                                   dateSource: .modified, page: 12)
        #expect(try #require(PassageRecord(decoding: record.encoded())) == record)
        record.page = nil
        for source in DateSource.allCases {
            record.dateSource = source
            #expect(try #require(PassageRecord(decoding: record.encoded())) == record)
        }
    }

    @Test func truncatedOrForeignDataIsRejectedNotMisread() {
        let bytes = PassageRecord(article: ArticleID(value: 1), ordinal: 0, relativePath: "a", title: "t", date: "",
                                  line: 1, start: 0, end: 5, text: "hello").encoded()
        #expect(PassageRecord(decoding: Array(bytes.dropLast(3))) == nil)
        #expect(PassageRecord(decoding: Array("plain text data".utf8)) == nil)
        #expect(PassageRecord(decoding: []) == nil)
    }

    @Test func articleIDsAreStableAcrossRunsAndDistinctPerPath() {
        // FNV-1a of "a.txt": fixed forever, since ids live in indexes on disk.
        #expect(ArticleID(relativePath: Array("a.txt".utf8)).description == "7ed582b5571bbd5a")
        #expect(ArticleID(relativePath: Array("a.txt".utf8)) != ArticleID(relativePath: Array("b.txt".utf8)))
        let id = ArticleID(relativePath: [0xff, 0xfe])
        #expect(ArticleID(hex: id.description) == id)
        #expect(ArticleID(hex: "xyz") == nil)
    }

    @Test func anArticleRecordRoundTripsEvenWithTabsInThePath() throws {
        let record = ArticleRecord(size: 7011, modifiedNanoseconds: 1_732_000_000_123_456_789, passageCount: 12,
                                   contentHash: 0xdead_beef, relativePath: "odd\tname.txt")
        #expect(ArticleRecord(encoded: record.encoded) == record)
        #expect(ArticleRecord(encoded: "garbage") == nil)
    }

    @Test func foldersOfAnArticleAreAllItsAncestors() {
        let article = ArticleForIndex(id: ArticleID(value: 1), relativePath: "world/europe/kursk.txt", title: "t",
                                      date: nil, passages: [])
        #expect(article.folders == ["world/europe", "world"])
    }
}
