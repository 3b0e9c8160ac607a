import Testing
@testable import PassimEntities
@testable import PassimIndex
import PassimSupport
import PassimText
@testable import PassimOutput

private func hit(text: String, snippet: Snippet, more: Int = 0) -> SearchHit {
    SearchHit(rank: 1, score: 7.4123,
              record: PassageRecord(article: ArticleID(value: 9), ordinal: 3, relativePath: "w/a.txt",
                                    title: "North Korea", date: "", line: 12, start: 100, end: 200, text: text),
              path: "w/a.txt", snippet: snippet, moreInArticle: more)
}

@Suite struct OutputTests {
    @Test func snippetMarkersBecomeByteRanges() {
        let s = Snippet(marked: "…sent \u{1}ballistic\u{2} \u{1}missiles\u{2}, with", start: 1, end: 2)
        #expect(s.text == "…sent ballistic missiles, with")
        let bytes = Array(s.text.utf8)
        #expect(s.highlights.map { String(decoding: bytes[$0], as: UTF8.self) } == ["ballistic", "missiles"])
    }

    @Test func jsonEscapesQuotesBackslashesAndControlCharacters() {
        #expect(JSONObject.quoted("a \"b\" \\ c\nd\u{1}é") == "\"a \\\"b\\\" \\\\ c\\nd\\u0001é\"")
    }

    @Test func jsonPrinterWritesOneLineWithTheSchemaFields() {
        let line = JSONPrinter().render(hit(text: "x", snippet: Snippet(text: "x", highlights: [0..<1]), more: 2))
        #expect(line.hasSuffix("}\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        #expect(line.hasPrefix("{\"schema\":2,\"rank\":1,\"score\":7.4123,\"path\":\"w/a.txt\",\"line\":12,\"start\":100,\"end\":200,"))
        #expect(line.contains("\"date\":null,\"date_source\":null"))
        #expect(line.contains("\"page\":null"))
        #expect(line.contains("\"more_in_article\":2"))
        #expect(line.contains("\"highlights\":[[0,1]]"))
    }

    @Test func aDateSaysWhetherItIsTheFilesTimeAndAPDFPassageItsPage() {
        var h = hit(text: "x", snippet: Snippet(text: "x", highlights: []))
        h.record.date = "2024-10-23"
        h.record.dateSource = .modified
        h.record.page = 12
        h.path = "w/a.pdf"
        let plain = HumanPrinter(style: Style(enabled: false), width: nil).render(h)
        #expect(plain.hasPrefix("w/a.pdf:p12  7.41  2024-10-23 (file time)  North Korea\n"))
        let json = JSONPrinter().render(h)
        #expect(json.contains("\"end\":200,\"page\":12,"))
        #expect(json.contains("\"date\":\"2024-10-23\",\"date_source\":\"modified\""))
        for source in DateSource.allCases where source.isStated {
            h.record.dateSource = source
            #expect(HumanPrinter(style: Style(enabled: false), width: nil).render(h).hasPrefix("w/a.pdf:p12  7.41  2024-10-23  North"))
            #expect(JSONPrinter().render(h).contains("\"date_source\":\"\(source.rawValue)\""))
        }
    }

    @Test func humanOutputIsPlainWithoutColourAndHighlightsWithIt() {
        let snippet = Snippet(text: "sent ballistic missiles", highlights: [5..<14])
        let plain = HumanPrinter(style: Style(enabled: false), width: nil).render(hit(text: "t", snippet: snippet, more: 1))
        #expect(plain == "w/a.txt:12  7.41  North Korea\n    sent ballistic missiles\n    +1 more passage in this article\n\n")
        let coloured = HumanPrinter(style: Style(enabled: true), width: nil).render(hit(text: "t", snippet: snippet))
        #expect(coloured.contains("\u{1B}[1;31mballistic\u{1B}[0m"))
    }

    @Test func snippetsWrapAtSpacesToTheTerminalWidthKeepingHighlights() {
        let words = Array(repeating: "missile", count: 20).joined(separator: " ")
        let snippet = Snippet(text: words, highlights: [0..<7, 152..<159])
        let out = HumanPrinter(style: Style(enabled: false), width: 40).render(hit(text: "t", snippet: snippet))
        let body = out.split(separator: "\n").dropFirst().filter { $0.hasPrefix("    ") }
        #expect(body.count > 3)
        #expect(body.allSatisfy { $0.count <= 40 })
        #expect(body.joined(separator: " ").replacingSpaces() == words.replacingSpaces())
    }

    @Test func everyKindOfEntityIsShownWhenTheyDoNotFitOnOneLine() {
        func mention(_ id: String, _ kind: EntityKind, _ name: String) -> EntityMention {
            EntityMention(id: id, kind: kind, subkind: "", name: name, range: 0..<1, alias: nil)
        }
        let printer = HumanPrinter(style: Style(enabled: false), width: 60)
        let mentions = [mention("north-korea", .actor, "North Korea"), mention("kyrylo-budanov", .actor, "Kyrylo Budanov"),
                        mention("weapon", .weapon, "weapon"), mention("artillery-shell", .weapon, "artillery shell"),
                        mention("ballistic-missile", .weapon, "ballistic missile"), mention("kursk", .place, "Kursk")]
        let lines = printer.entityLines(mentions)
        #expect(lines == ["actors: North Korea, Kyrylo Budanov", "weapons: artillery shell, ballistic missile",
                          "places: Kursk"])
        // Wide enough: one line; the bare class stays when it is all there is.
        #expect(HumanPrinter(style: Style(enabled: false), width: 120).entityLines(mentions).count == 1)
        #expect(printer.entityLines([mention("weapon", .weapon, "weapon")]) == ["weapons: weapon"])
    }

    @Test func filesAreListedOncePerArticle() {
        var printer = FilesPrinter(nullTerminated: false)
        let h = hit(text: "t", snippet: Snippet(text: "t", highlights: []))
        #expect(printer.render(h) == Array("w/a.txt\n".utf8))
        #expect(printer.render(h) == nil)
    }
}

private extension Substring {
    func replacingSpaces() -> String { split(separator: " ").joined(separator: " ") }
}
private extension String {
    func replacingSpaces() -> String { split(separator: " ").joined(separator: " ") }
}

@Suite("Output: the heading keeps the title at 80 columns")
struct HumanHeadingWidthTests {
    @Test("a long path gives way to the title: its head is cut, the file name stays")
    func longPathKeepsTitle() {
        var h = hit(text: "t", snippet: Snippet(text: "t", highlights: []))
        h.path = "syria-news/outlets/al-masdar-news/2017/04/09/russian-jets-strike-rebel-positions-in-idlib-province.txt"
        h.record.title = "Russian jets strike rebel positions in Idlib province, monitors say"
        h.record.date = "2017-04-09"
        let heading = String(HumanPrinter(style: Style(enabled: false), width: 80).render(h).split(separator: "\n")[0])
        #expect(heading.unicodeScalars.count <= 80)
        #expect(heading.contains("Russian jets strike"))
        #expect(heading.hasPrefix("…"))
        #expect(heading.contains("idlib-province.txt:12"))
    }

    @Test("a path that fits is never shortened")
    func shortPathStays() {
        let heading = HumanPrinter(style: Style(enabled: false), width: 80).render(hit(text: "t", snippet: Snippet(text: "t", highlights: [])))
        #expect(heading.hasPrefix("w/a.txt:12  7.41  North Korea"))
    }
}

/// Control characters in what the human output shows (a hostile file name,
/// title or text) are escaped, never written raw to the terminal.
@Suite struct TerminalTextTests {
    private let clear = "\u{1B}[2J", bell = "\u{7}"

    @Test func controlsAreShownEscapedAndPlainTextIsUntouched() {
        #expect(TerminalText.escaped("a\(clear)b\(bell)") == "a\\x1b[2Jb\\x07")
        #expect(TerminalText.escaped("tab\there\nnext\u{7F}\u{9B}1m") == "tab\\there\\nnext\\x7f\\x9b1m")
        #expect(TerminalText.escaped("tab\tkept", keepingTabs: true) == "tab\tkept")
        #expect(TerminalText.escaped("Kyiv — Київ, naïve") == "Kyiv — Київ, naïve")
        // A name's bytes that are not UTF-8 are shown as bytes, like its controls.
        #expect(TerminalText.path(PathText.text([0x61, 0xFF, 0x1B, 0x62])) == "a\\xff\\x1bb")
    }

    @Test func theHumanPrintersEscapeThePathTitleTextAndEntityNames() {
        var h = hit(text: "drones \(clear)struck\(bell)", snippet: Snippet(text: "drones \(clear)struck\(bell)", highlights: [0..<6]))
        h.path = "evil\(clear)\(bell).txt"
        h.record.title = "Title \(clear) here\(bell)"
        h.record.mentions = [EntityMention(id: "x", kind: .place, subkind: "city", name: "Ky\(clear)iv", range: 0..<6, alias: nil)]
        for printed in [HumanPrinter(style: Style(enabled: false), width: nil).render(h),
                        HumanPrinter(style: Style(enabled: false), width: 80).render(h),
                        ArticleListPrinter(style: Style(enabled: false), width: nil).render(h)] {
            #expect(!printed.utf8.contains(0x1B) && !printed.utf8.contains(0x07), "\(printed)")
            #expect(printed.contains("evil\\x1b[2J\\x07.txt"))
            #expect(printed.contains("Title \\x1b[2J here\\x07"))
            #expect(printed.contains("\\x1b[2Jstruck\\x07"))
        }
        let facets = HumanPrinter(style: Style(enabled: false), width: nil)
            .render(facets: [EntityFacet(kind: .place, id: "x", name: "Ky\(clear)iv", count: 2)], perKind: 5)
        #expect(facets.contains("Ky\\x1b[2Jiv") && !facets.utf8.contains(0x1B))
    }

    @Test func filesKeepTheExactBytesOffATerminalAndWithNul() {
        var h = hit(text: "x", snippet: Snippet(text: "x", highlights: []))
        h.path = "evil\(clear).txt"
        var piped = FilesPrinter(nullTerminated: false)
        #expect(piped.render(h) == Array("evil\(clear).txt\n".utf8))
        var nul = FilesPrinter(nullTerminated: true, forTerminal: true)
        #expect(nul.render(h) == Array("evil\(clear).txt".utf8) + [0])
        var terminal = FilesPrinter(nullTerminated: false, forTerminal: true)
        #expect(terminal.render(h) == Array("evil\\x1b[2J.txt\n".utf8))
    }

    @Test func diagnosticsEscapeControlsAndKeepTheirWording() {
        #expect(Console.line(.note, "did you mean: x\(clear)", colour: false) == "passim: did you mean: x\\x1b[2J\n")
        #expect(Console.line(.warning, "listening", colour: false) == "passim: warning: listening\n")
        #expect(Console.line(.error, "bad", colour: true) == "\u{1B}[1;31mpassim:\u{1B}[0m bad\n")
    }
}
