import Glibc
import Testing
@testable import PassimIndex
@testable import PassimOutput

/// A hit on the passage `start..<end` of `path` (relative to a corpus), its
/// snippet `snippet` with `highlighted` words marked.
private func hit(_ path: String, start: Int, end: Int, line: Int, snippet: String, highlighted: [String]) -> SearchHit {
    let bytes = Array(snippet.utf8)
    var ranges: [Range<Int>] = []
    for word in highlighted {
        let w = Array(word.utf8)
        if let at = (0...(bytes.count - w.count)).first(where: { Array(bytes[$0..<($0 + w.count)]) == w }) {
            ranges.append(at..<(at + w.count))
        }
    }
    return SearchHit(rank: 1, score: 1,
                     record: PassageRecord(article: ArticleID(value: 1), ordinal: 0, relativePath: path, title: "T",
                                           date: "", line: line, start: start, end: end, text: snippet),
                     path: path, snippet: Snippet(text: snippet, highlights: ranges), moreInArticle: 0)
}

@Suite struct ShellOutputTests {
    @Test func theFirstMatchIsFoundInTheFileByLineAndByteColumn() {
        let folder = IngestFolder()
        defer { folder.remove() }
        let text = "Title\n\nThe army fired shells\nnear the river; Russia’s drones and\nmore drones came.\n"
        folder.write("a.txt", text)
        let start = 7, end = text.utf8.count
        // The snippet shows "drones" first, but "shells" comes earlier in the passage.
        let h = hit("a.txt", start: start, end: end, line: 3, snippet: "…drones and more drones came… shells",
                    highlighted: ["drones", "shells"])
        #expect(SourcePosition.firstMatch(of: h, corpusRoot: folder.path) == SourcePosition(line: 3, column: 16))
        let russia = hit("a.txt", start: start, end: end, line: 3, snippet: "Russia’s drones", highlighted: ["Russia"])
        #expect(SourcePosition.firstMatch(of: russia, corpusRoot: folder.path) == SourcePosition(line: 4, column: 17))
        // Case differs (a stemmed match in a heading, say): found all the same.
        let upper = hit("a.txt", start: start, end: end, line: 3, snippet: "ARMY", highlighted: ["ARMY"])
        #expect(SourcePosition.firstMatch(of: upper, corpusRoot: folder.path) == SourcePosition(line: 3, column: 5))
        // No highlight: where the passage starts.
        let none = hit("a.txt", start: 12, end: end, line: 3, snippet: "army", highlighted: [])
        #expect(SourcePosition.firstMatch(of: none, corpusRoot: folder.path) == SourcePosition(line: 3, column: 6))
    }

    @Test func aFileGoneOrChangedGivesThePassageLineAndColumnOne() {
        let folder = IngestFolder()
        defer { folder.remove() }
        let gone = hit("gone.txt", start: 0, end: 20, line: 4, snippet: "drones", highlighted: ["drones"])
        #expect(SourcePosition.firstMatch(of: gone, corpusRoot: folder.path) == SourcePosition(line: 4, column: 1))
        folder.write("short.txt", "tiny\n")
        let short = hit("short.txt", start: 0, end: 20, line: 2, snippet: "drones", highlighted: ["drones"])
        #expect(SourcePosition.firstMatch(of: short, corpusRoot: folder.path) == SourcePosition(line: 2, column: 1))
        folder.write("other.txt", "nothing of the kind here at all\n")
        let other = hit("other.txt", start: 0, end: 20, line: 1, snippet: "drones", highlighted: ["drones"])
        #expect(SourcePosition.firstMatch(of: other, corpusRoot: folder.path) == SourcePosition(line: 1, column: 1))
        // A word inside a longer one is not the match.
        folder.write("inside.txt", "the dronesque drones\n")
        let inside = hit("inside.txt", start: 0, end: 21, line: 1, snippet: "drones", highlighted: ["drones"])
        #expect(SourcePosition.firstMatch(of: inside, corpusRoot: folder.path) == SourcePosition(line: 1, column: 15))
    }

    @Test func vimgrepLinesArePathLineColumnAndTheSnippetOnOneLine() {
        let h = hit("w/a b.txt", start: 0, end: 10, line: 3, snippet: "drones\tover\u{1}the city", highlighted: ["drones"])
        #expect(VimgrepPrinter().render(h, at: SourcePosition(line: 5, column: 9)) == Array("w/a b.txt:5:9:drones over the city\n".utf8))
    }

    @Test func thePagerIsForOutputLongerThanTheScreen() {
        #expect(Pager.command(outputRows: 10, screenRows: 40, pager: nil, lessInstalled: true) == nil)
        #expect(Pager.command(outputRows: 39, screenRows: 40, pager: nil, lessInstalled: true) == "less -FRX")
        #expect(Pager.command(outputRows: 39, screenRows: 40, pager: nil, lessInstalled: false) == nil)
        #expect(Pager.command(outputRows: 99, screenRows: 40, pager: "most -s", lessInstalled: true) == "most -s")
        #expect(Pager.command(outputRows: 99, screenRows: 40, pager: "", lessInstalled: true) == nil)
        #expect(Pager.command(outputRows: 99, screenRows: 40, pager: " cat ", lessInstalled: true) == nil)
    }

    @Test func rowsCountWrappedLinesAndNotColourCodes() {
        #expect(Pager.rows(of: "", columns: 80) == 0)
        #expect(Pager.rows(of: "a\n\nb\n", columns: 80) == 3)
        #expect(Pager.rows(of: String(repeating: "x", count: 81) + "\n", columns: 80) == 2)
        #expect(Pager.rows(of: "\u{1B}[1;31m" + String(repeating: "é", count: 80) + "\u{1B}[0m\nlast", columns: 80) == 2)
    }
}
