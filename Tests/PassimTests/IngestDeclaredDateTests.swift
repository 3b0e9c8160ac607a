import Glibc
import Testing
@testable import PassimText

@Suite("Ingest: the date an article declares, else its file's time")
struct IngestDeclaredDateTests {
    func html(_ head: String, body: String = "<p>Russia shelled the town again, officials said on Tuesday.</p>") throws -> ArticleContent {
        try ArticleReader.extract(Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8), format: .html,
                                  path: "a.html", baseName: "a")
    }

    @Test("HTML meta tags name the date", arguments: [
        (#"<meta property="article:published_time" content="2024-10-23T08:15:00+02:00">"#, "2024-10-23"),
        (#"<meta name="date" content="2024-10-23">"#, "2024-10-23"),
        (#"<meta name="DC.date" content="2023-01-05">"#, "2023-01-05"),
        (#"<meta name="dcterms.date" content="2023-01-05T10:00Z">"#, "2023-01-05"),
        (#"<meta property="og:published_time" content="2022-12-31">"#, "2022-12-31"),
        (#"<meta itemprop="datePublished" content="October 23, 2024">"#, "2024-10-23"),
    ])
    func meta(_ head: String, _ expected: String) throws {
        let article = try html(head)
        #expect(article.date == expected)
        #expect(article.dateSource == .metadata)
    }

    @Test("JSON-LD's datePublished, which is never text")
    func jsonLD() throws {
        let script = #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","dateModified":"2024-11-02","datePublished" : "2024-10-23T08:15:00Z"}</script>"#
        let article = try html("<title>t</title>" + script)
        #expect(article.date == "2024-10-23")
        #expect(!String(decoding: article.extracted.text, as: UTF8.self).contains("NewsArticle"))
        // In the body too, as many pages put it.
        #expect(try html("", body: script + "<p>Text of the story.</p>").date == "2024-10-23")
    }

    @Test("the most specific declaration wins, an invalid one gives way, and any beats the text's dateline")
    func precedence() throws {
        let both = #"<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2024-10-23">"#
        #expect(try html(both).date == "2024-10-23")
        let badFirst = #"<meta property="article:published_time" content="yesterday"><meta name="date" content="2021-02-03">"#
        #expect(try html(badFirst).date == "2021-02-03")
        let dateline = "<p>March 3, 1999 — Russia shelled the town again, officials said.</p>"
        #expect(try html(#"<meta name="date" content="2021-02-03">"#, body: dateline).date == "2021-02-03")
        #expect(try html("", body: dateline).date == "1999-03-03")
    }

    @Test("front matter, Org's #+DATE and reStructuredText's :Date: field", arguments: [
        ("---\ntitle: Storm\ndate: 2024-10-23T08:00:00Z\n---\n\nThe storm hit the coast.\n", SourceFormat.markdown, "2024-10-23"),
        ("#+TITLE: Storm\n#+DATE: <2024-10-23 Wed>\n\nThe storm hit the coast.\n", .org, "2024-10-23"),
        ("Storm\n=====\n\n:Author: Staff\n:Date: 23 October 2024\n\nThe storm hit the coast.\n", .restructuredText, "2024-10-23"),
    ])
    func lightMarkup(_ text: String, _ format: SourceFormat, _ expected: String) throws {
        let article = try ArticleReader.extract(Array(text.utf8), format: format, path: "a", baseName: "a")
        #expect(article.date == expected)
        #expect(article.title == "Storm")
        #expect(article.dateSource == .metadata)
    }

    @Test("an article that states no date takes its file's day, marked as the file's time")
    func fileTime() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("undated.txt", "Harbour notes\n\nThe harbour is quiet tonight.\n")
        folder.write("dated.txt", "Harbour notes\n26-FEB-1987 15:01:01.79\n\nThe harbour is quiet tonight.\n")
        // Noon UTC: the same day in every time zone within eleven hours.
        let noon: Int64 = 1_678_881_600   // 2023-03-15 12:00:00 UTC
        func read(_ name: String) throws -> ArticleContent {
            var file = folder.sourceFile(name, .text)
            file.modifiedNanoseconds = noon * 1_000_000_000
            return try ArticleReader.read(file)
        }
        let undated = try read("undated.txt")
        #expect(undated.date == "2023-03-15")
        #expect(undated.dateSource == .modified)
        let dated = try read("dated.txt")
        #expect(dated.date == "1987-02-26")
        #expect(dated.dateSource == .dateline)
    }
}
