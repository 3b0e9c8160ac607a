import Foundation
import Testing

@Suite(.serialized) struct SearchCommandTests {
    let corpus: Corpus
    init() throws { corpus = try Corpus.indexedSeeds() }

    @Test func aStemmedPhraseFindsOtherWordForms() throws {
        let run = try passim(["search", "\"ballistic missile\"", "--color=never"], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("000_8bf942be92c7755d.txt:2"))
        #expect(run.stdout.contains("ballistic missiles"))
    }

    @Test func nearFindsTheShellsPassageFirst() throws {
        let run = try passim(["search", "Budanov NEAR shells", "--json"], in: corpus.url)
        #expect(run.status == 0)
        let first = try #require(try jsonObjects(run).first)
        #expect((first["text"] as? String)?.contains("2.8m shells a year") == true)
        #expect((first["snippet"] as? String)?.contains("shells") == true)
    }

    @Test func jsonHasOneObjectPerHitWithTheDocumentedFields() throws {
        let run = try passim(["search", "drones -Iran", "--json"], in: corpus.url)
        #expect(run.status == 0)
        let hits = try jsonObjects(run)
        #expect(!hits.isEmpty)
        let seed = try Data(contentsOf: corpus.url.appendingPathComponent("000_8bf942be92c7755d.txt"))
        for (i, hit) in hits.enumerated() {
            for key in ["schema", "rank", "score", "path", "line", "title", "text", "snippet", "start", "end",
                        "highlights", "more_in_article"] {
                #expect(hit[key] != nil, "missing \(key)")
            }
            #expect(hit["schema"] as? Int == 2)
            #expect(hit["rank"] as? Int == i + 1)
            let text = try #require(hit["text"] as? String)
            #expect(text.contains("drones"))
            #expect(!text.contains("Iran"))
            // start/end are byte offsets of the passage in the file.
            let start = try #require(hit["start"] as? Int), end = try #require(hit["end"] as? Int)
            let slice = String(decoding: seed[start..<end], as: UTF8.self)
            #expect(slice.split(whereSeparator: \.isWhitespace).joined(separator: " ") == text)
        }
    }

    @Test func aSyntaxErrorExitsTwoWithOneReadableLine() throws {
        let run = try passim(["search", "AND AND"], in: corpus.url)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("cannot parse the query"))
    }

    @Test func nothingFoundExitsOneWithEmptyOutput() throws {
        let run = try passim(["search", "xylophonist"], in: corpus.url)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
    }

    @Test func passagesFoldPerArticleAndSayHowManyMore() throws {
        let run = try passim(["search", "Russia", "--color=never"], in: corpus.url)
        #expect(run.status == 0)
        let headings = run.lines.filter { $0.contains("000_8bf942be92c7755d.txt:") }
        #expect(headings.count == 2)
        #expect(run.stdout.contains("more passages in this article"))
        let all = try passim(["search", "Russia", "--per-article", "0", "--json"], in: corpus.url)
        #expect(try jsonObjects(all).count > 2)
    }

    @Test func filesAndCountPrintOnlyWhatTheyPromise() throws {
        let files = try passim(["search", "Russia", "--files"], in: corpus.url)
        #expect(files.lines == ["000_8bf942be92c7755d.txt"])
        let null = try passim(["search", "Russia", "--files", "-0"], in: corpus.url)
        #expect(null.stdout == "000_8bf942be92c7755d.txt\0")
        let count = try passim(["search", "Russia", "--count"], in: corpus.url)
        #expect(Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 2)
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() throws {
        let piped = try passim(["search", "Russia"], in: corpus.url)
        #expect(!piped.stdout.contains("\u{1B}["))
        let forced = try passim(["search", "Russia", "--color=always"], in: corpus.url)
        #expect(forced.stdout.contains("\u{1B}[1;31m"))
    }

    @Test func theIndexIsFoundFromASubfolderFromTheEnvironmentAndByFlag() throws {
        try corpus.write("deep/er/note.txt", "A short note about artillery.\n")
        let sub = corpus.url.appendingPathComponent("deep/er")
        #expect(try passim(["search", "Kursk", "--whole-index"], in: sub).status == 0)
        // From a sub-folder the search covers that sub-folder, which holds no indexed article yet.
        #expect(try passim(["search", "Kursk"], in: sub).status == 1)
        let elsewhere = FileManager.default.temporaryDirectory
        let index = corpus.url.appendingPathComponent(".passim").path
        #expect(try passim(["search", "Kursk"], in: elsewhere, environment: ["PASSIM_INDEX": index]).status == 0)
        #expect(try passim(["search", "Kursk", "--index", index], in: elsewhere).status == 0)
        let missing = try passim(["search", "Kursk", "--index", "/nonexistent/passim"], in: elsewhere)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("not a passim index"))
    }

    @Test func statsReportsTheCorpus() throws {
        let run = try passim(["stats"], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("articles:        1"))
        #expect(run.stdout.contains("passages:"))
    }
}
