import Testing
@testable import PassimText

/// The paragraphs of `text`, as strings.
private func paragraphs(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Paragraphs.ranges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
}

@Suite("Paragraphs")
struct PassageParagraphTests {
    @Test("Blank lines, even of spaces and tabs, separate paragraphs")
    func blankLines() {
        let text = "First paragraph,\nwrapped.\n\nSecond one.\n \t \nThird.\n\n\n\nFourth."
        #expect(paragraphs(text) == ["First paragraph,\nwrapped.", "Second one.", "Third.", "Fourth."])
    }

    @Test("Ranges leave out the white space around a paragraph")
    func trimmed() {
        #expect(paragraphs("\n\n   Hello world.  \t\n\n") == ["Hello world."])
        let bytes = Array("\n\n   Hello world.  \t\n\n".utf8)
        #expect(Paragraphs.ranges(in: bytes) == [5..<17])
    }

    @Test("Newswire: an indented line after a flush one starts a paragraph")
    func newswireIndentation() {
        let text = """
            Wheat growers said on Monday that
            the drought had eased.
                Rain fell across the valley this week,
            raising hopes for the harvest.
                Prices held steady at 120 dlrs
             a tonne, traders said.

             Reuter

            """
        #expect(paragraphs(text) == [
            "Wheat growers said on Monday that\nthe drought had eased.",
            "Rain fell across the valley this week,\nraising hopes for the harvest.",
            "Prices held steady at 120 dlrs\n a tonne, traders said.",
            "Reuter",
        ])
    }

    @Test("A tab indents; a single space does not")
    func tabAndSingleSpace() {
        #expect(paragraphs("First line.\n\tSecond paragraph.") == ["First line.", "Second paragraph."])
        #expect(paragraphs("First line.\n Still the first.") == ["First line.\n Still the first."])
    }

    @Test("Consecutive indented lines, such as code or a quotation, stay together")
    func indentedBlock() {
        let text = "An example follows.\n    let x = 1\n    let y = 2\nAnd the text goes on."
        #expect(paragraphs(text) == ["An example follows.", "let x = 1\n    let y = 2\nAnd the text goes on."])
    }

    @Test("CRLF line ends work like LF, and stay out of the ranges")
    func crlf() {
        let text = "One,\r\nstill one.\r\n\r\nTwo.\r\n    Three, indented.\r\n"
        #expect(paragraphs(text) == ["One,\r\nstill one.", "Two.", "Three, indented."])
    }

    @Test("A line of no-break spaces is blank")
    func noBreakSpaceLine() {
        #expect(paragraphs("First.\n\u{A0}\u{A0}\nSecond.") == ["First.", "Second."])
    }

    @Test("Empty and blank texts have no paragraphs")
    func emptyAndBlank() {
        #expect(paragraphs("").isEmpty)
        #expect(paragraphs("\n \n\t\r\n").isEmpty)
    }

    @Test("The seed article is one paragraph: its title line runs into the body")
    func seed() {
        let ranges = Paragraphs.ranges(in: PassageFixtures.seed)
        #expect(ranges == [0..<PassageFixtures.seed.count - (PassageFixtures.seed.last == 0x0A ? 1 : 0)])
    }
}
