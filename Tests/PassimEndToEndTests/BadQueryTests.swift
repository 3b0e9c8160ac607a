import Foundation
import Testing

/// Bad or odd queries: a clear message and exit 2, or a sensible result —
/// never a crash or a hang.
@Suite(.serialized) struct BadQueryTests {
    let corpus: Corpus
    init() throws { corpus = try Corpus.indexedSeeds() }

    @Test(arguments: [
        ("", 2), ("   ", 2), ("AND AND", 2), ("*", 2), ("foo:bar", 2), ("OR", 2),
        ("\"ballistic missiles", 0), ("(Kursk OR Pokrovsk", 0), ("Kursk)", 0),
        ("the of and", 0), ("\"the of\"", 1), ("+the", 0), ("folder:nowhere", 1), ("Kursk\u{01}\u{07} region", 0), ("title:", 2),
        ("ballistic NEAR/3 missiles", 0), ("zzzzzz*", 1), ("--", 2),
        // Constructs Xapian would quietly turn into OR are refused.
        ("missiles NEAR/10 (Kursk OR Pokrovsk)", 2), ("(Kursk OR Pokrovsk) ADJ missiles", 2),
        ("missiles NEAR \"Kursk region\"", 2), ("missiles NEAR missil*", 2), ("missiles NEAR/0 Kursk", 2),
        ("missiles NEAR/abc Kursk", 2), ("missiles NEAR/-1 Kursk", 2), ("place:", 2), ("place: kursk", 2),
    ])
    func aQueryGetsAResultOrOneClearLine(query: String, expected: Int32) throws {
        let run = try passim(["search", "--", query], in: corpus.url)
        #expect(run.status == expected, "`\(query)`: \(run.stderr)")
        if run.status == 2 {
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("passim: "), "`\(query)`: \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "`\(query)`: \(run.stderr)")
        }
    }

    @Test func aTenThousandCharacterQueryIsAnswered() throws {
        let words = (0..<1500).map { "word\($0)" }.joined(separator: " ") + " Kursk"
        #expect(words.utf8.count > 10_000)
        let run = try passim(["search", words], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func onlyAFilterListsWhatItAdmits() throws {
        try corpus.write("politics/a.txt", "Budget talks\n\nThe chancellor presented the budget to parliament today.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let run = try passim(["search", "folder:politics", "--files"], in: corpus.url)
        #expect(run.lines == ["politics/a.txt"])
    }

    @Test func aBroadWildcardIsCappedAndSaysSo() throws {
        let many = (0..<400).map { "zq\($0)x" }.joined(separator: " ")
        try corpus.write("many.txt", "Word list\n\n\(many)\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        let broad = try passim(["search", "zq*", "--limit", "1"], in: corpus.url)
        #expect(broad.status == 0)
        #expect(broad.stderr.contains("`zq*` matches 400 words; searching for the 256 most frequent"))
        // The count is of the narrowed search, and says so.
        let counted = try passim(["search", "zq*", "--count"], in: corpus.url)
        #expect(counted.stderr.contains("`zq*` matches 400 words; searching for the 256 most frequent"), "\(counted.stderr)")
        let narrow = try passim(["search", "zq12*", "--limit", "1"], in: corpus.url)
        #expect(narrow.status == 0)
        #expect(!narrow.stderr.contains("matches"))
    }
}
