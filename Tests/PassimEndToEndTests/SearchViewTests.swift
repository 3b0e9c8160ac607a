import Foundation
import Testing

/// `--articles` (one entry per article) and `--csv`/`--tsv` (tables).
@Suite struct SearchViewTests {
    static func corpus() throws -> Corpus {
        let corpus = try Corpus.indexedSeeds()
        for (name, count) in [("a.txt", 3), ("b.txt", 1)] {
            let paragraphs = (0..<count).map { n in
                "Shelling near Kherson went on in part \(n) of the report, with officials counting the damage to "
                    + "homes, schools and the water supply, and repair crews waiting for the guns to fall quiet."
            }
            try corpus.write("south/\(name)", "Kherson report \(name)\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
        }
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        return corpus
    }

    @Test func articlesListEachArticleOnceWithItsMatchingPassagesAndCountThem() throws {
        let corpus = try Self.corpus()
        let run = try passim(["search", "Kherson", "--articles", "--color", "never", "--no-pager"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        let headings = run.lines.filter { $0.hasPrefix("south/") }
        #expect(headings.count == 2)
        #expect(headings.contains { $0.hasPrefix("south/a.txt") && $0.contains("3 passages") && $0.contains("Kherson report a.txt") })
        #expect(headings.contains { $0.hasPrefix("south/b.txt") && $0.contains("1 passage ") })
        let articles = try passim(["search", "Kherson", "--articles", "--count"], in: corpus.url)
        let passages = try passim(["search", "Kherson", "--count"], in: corpus.url)
        let files = try passim(["search", "Kherson", "--files"], in: corpus.url)
        #expect(articles.stdout == "\(files.lines.count)\n")
        #expect(articles.stdout == "2\n")
        #expect(passages.stdout == "4\n")
        let json = try passim(["search", "Kherson", "--articles", "--json"], in: corpus.url)
        let objects = try json.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(Set(objects.compactMap { $0["matching_passages"] as? Int }) == [3, 1])
    }

    @Test func csvIsATableAParserReadsBack() throws {
        let corpus = try Self.corpus()
        try corpus.write("south/c.txt", "Quotes, \"commas\" and Kherson\n\nKherson, said the mayor, \"will hold\", while the Russian army shelled Kyiv.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let run = try passim(["search", "Kherson", "--csv", "--limit", "100", "--per-article", "0"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.first == "path,line,date,date_source,title,score,text,actors,weapons,places")
        let file = corpus.url.appendingPathComponent("hits.csv")
        try Data(run.stdout.utf8).write(to: file)
        let parsed = try runCommand(["python3", "-c", """
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='')))
            quoted = [r for r in rows if r['path'] == 'south/c.txt']
            print(len(rows), len(quoted), quoted[0]['text'] if quoted else '', quoted[0]['places'] if quoted else '', sep='|')
            """, file.path], in: corpus.url)
        guard parsed.status != 127 else { return }
        let fields = parsed.stdout.trimmingCharacters(in: .newlines).components(separatedBy: "|")
        #expect(fields[0] == "5")
        #expect(fields[1] == "1")
        #expect(fields[2].contains("\"will hold\""))
        #expect(fields[3].contains("Kyiv"))
        let tsv = try passim(["search", "Kherson", "--tsv"], in: corpus.url)
        #expect(tsv.lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 })
    }
}

/// The small traps: a completed folder's slash, paging past the end, a mistyped command.
@Suite struct SearchTrapTests {
    @Test func aFolderWithTheSlashTabCompletionAddsFindsTheSame() throws {
        let corpus = try SearchViewTests.corpus()
        let plain = try passim(["search", "Kherson folder:south", "--count"], in: corpus.url)
        #expect(plain.stdout == "4\n")
        for value in ["south/", "./south/", "\"south/\""] {
            let run = try passim(["search", "Kherson folder:\(value)", "--count"], in: corpus.url)
            #expect(run.stdout == plain.stdout, "\(value)")
        }
    }

    @Test func pagingPastTheEndSaysHowManyThereAre() throws {
        let corpus = try SearchViewTests.corpus()
        let run = try passim(["search", "Kherson", "--offset", "1000"], in: corpus.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("no passages past --offset 1000; the query matches 4"))
    }

    @Test func aMistypedCommandGetsTheNearestOne() throws {
        let corpus = try Corpus.indexedSeeds()
        let run = try passim(["serch", "drones"], in: corpus.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown command `serch`; did you mean `passim search`?"))
        let far = try passim(["xyzzy"], in: corpus.url)
        #expect(far.status == 2)
        #expect(!far.stderr.contains("did you mean"))
    }
}

/// Run from inside a sub-folder of the corpus, a search covers that sub-folder, as `git grep` does.
@Suite struct SearchScopeTests {
    @Test func aSubFolderScopesTheSearchAndSaysSo() throws {
        let corpus = try SearchViewTests.corpus()
        try corpus.write("north/c.txt", "Kherson was mentioned in the north as well, in a report on supplies, fuel and the roads.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let north = corpus.url.appendingPathComponent("north")
        #expect(try passim(["search", "Kherson", "--count"], in: corpus.url).stdout == "5\n")
        #expect(try passim(["search", "Kherson", "--count"], in: north).stdout == "1\n")
        #expect(try passim(["search", "Kherson", "--count", "--whole-index"], in: north).stdout == "5\n")
        let files = try passim(["search", "Kherson", "--files"], in: north)
        #expect(files.lines == ["c.txt"])
        let human = try passim(["search", "Kherson", "--no-pager", "--color", "never"], in: north)
        #expect(human.stderr.contains("1–1 of 1 matching passage below north/ (--whole-index for all)"))
        // An explicit index is the whole index.
        let index = corpus.url.appendingPathComponent(".passim").path
        #expect(try passim(["search", "Kherson", "--count", "--index", index], in: north).stdout == "5\n")
    }
}

/// `place:"Kerch Strait"` typed without shell quotes reaches passim as `place:Kerch Strait`.
@Suite struct UnquotedEntityNameTests {
    @Test func aKnownNameSplitByTheShellIsReadAsOneAndSaidSo() throws {
        let corpus = try Corpus.indexedSeeds()
        try corpus.write("w/wagner.txt", "Yevgeny Prigozhin said his fighters would leave Bakhmut, and Drones struck the Kerch Strait bridge.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let quoted = try passim(["search", "actor:\"Yevgeny Prigozhin\"", "--count"], in: corpus.url)
        let split = try passim(["search", "actor:Yevgeny", "Prigozhin", "--no-pager", "--color", "never"], in: corpus.url)
        #expect(quoted.stdout == "1\n")
        #expect(split.status == 0)
        #expect(split.stdout.contains("w/wagner.txt"))
        #expect(split.stderr.contains("read `actor:Yevgeny Prigozhin` as one name; quote it for the shell as 'actor:\"Yevgeny Prigozhin\"'"))
        let place = try passim(["search", "place:Kerch", "Strait", "--count"], in: corpus.url)
        let placeQuoted = try passim(["search", "place:\"Kerch Strait\"", "--count"], in: corpus.url)
        #expect(place.stdout == placeQuoted.stdout)
        #expect(placeQuoted.stdout == "1\n")
        // A capitalised word that makes no known name stays a word of its own.
        let words = try passim(["search", "place:Bakhmut", "Drones", "--no-pager", "--color", "never"], in: corpus.url)
        #expect(words.status == 0)
        #expect(!words.stderr.contains("as one name"))
    }
}
