import Testing
@testable import PassimText

/// The sentences of `text`, as strings.
private func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter.sentences(in: bytes, range: 0..<bytes.count).map {
        String(decoding: bytes[$0], as: UTF8.self)
    }
}

private let seed = PassageFixtures.seed
private let seedSentences = SentenceSplitter.sentences(in: seed, range: 0..<seed.count)
private let seedSentenceTexts = seedSentences.map { String(decoding: seed[$0], as: UTF8.self) }

@Suite("Sentences in the seed article, where scraping glued many together")
struct SentenceSplitterSeedTests {
    @Test func seedIsThere() {
        #expect(seed.count > 5_000, "read \(PassageFixtures.seedPath)")
    }

    @Test("A sentence glued to the one before still starts a sentence", arguments: [
        "If the Ukrainian claims are true",  // front.If
        "A Ukrainian official says Russia’s next objective",  // Vuhledar.A
        "But if the partnership is indeed",  // people.”But
        "Ukraine is keen to use North Korean involvement",  // yet.”Ukraine
        "The Ukrainian claims were later backed up",  // enemy, .The
        "The enhanced co-operation stems",  // charity.The
        "North Korea is not donating",  // cities.North
        "John Foreman, who paid close attention",  // claim.John
        "Russia, in contrast, is not overly concerned",  // face.”Russia
    ])
    func gluedSentenceStarts(start: String) {
        #expect(seedSentenceTexts.contains { $0.hasPrefix(start) })
    }

    @Test("Closing quotes stay with the sentence they close")
    func closingQuotesStay() {
        #expect(seedSentenceTexts.contains { $0.hasSuffix("in love with artillery and killing people.”") })
        #expect(seedSentenceTexts.contains { $0 == "“Just like the early days of the second world war, not everyone sees it yet.”" })
        #expect(seedSentenceTexts.contains { $0.hasSuffix("against a much larger enemy, .") })
    }

    @Test("No sentence boundary falls inside a number, name or ellipsis", arguments: [
        "2.8m", "2.9m", "$50bn", "1,000km", "11,000", "Mr Budanov", "Mr Zelensky", "ballet…not", "element.,",
    ])
    func noBoundaryInside(needle: String) {
        let occurrences = PassageFixtures.occurrences(of: needle, in: seed)
        #expect(!occurrences.isEmpty)
        let boundaries = seedSentences.dropFirst().map(\.lowerBound) + seedSentences.dropLast().map(\.upperBound)
        for occurrence in occurrences {
            #expect(!boundaries.contains { occurrence.lowerBound < $0 && $0 < occurrence.upperBound })
        }
    }

    @Test("Sentences cover the text, with only white space between them")
    func sentencesCoverText() {
        var previousEnd = 0
        for sentence in seedSentences {
            #expect(!sentence.isEmpty)
            #expect(seed[previousEnd..<sentence.lowerBound].allSatisfy { $0 == 0x20 || $0 == 0x0A })
            #expect(seed[sentence.lowerBound] != 0x20 && seed[sentence.upperBound - 1] != 0x20)
            previousEnd = sentence.upperBound
        }
        #expect(seed[previousEnd...].allSatisfy { $0 == 0x20 || $0 == 0x0A })
        #expect(seedSentences.count > 50)
    }
}

@Suite("Sentence ends")
struct SentenceSplitterTests {
    @Test("Stays one sentence", arguments: [
        "Output reached 2.8m shells a year and 2.9m the next.",
        "A loan of $50bn was agreed.",
        "The 1,000km front line held.",
        "Pi is 3.14159 or so.",
        "U.S. officials said so.",
        "It was a U.S. Army base.",
        "He briefed the U.N. Security Council.",
        "He spoke to the U.N. on Monday.",
        "Mr Budanov says so.",
        "Mr. Budanov says so.",
        "Dr. Smith agreed.",
        "Gen. Budanov spoke first.",
        "(Gen. Budanov) spoke first.",
        "It happened on Oct. 23 at noon.",
        "It was signed on Feb. 26 in Rome.",
        "He lives at No. 10 Downing Street.",
        "Take a fruit, e.g. this apple.",
        "Take the other, i.e. that one.",
        "He moved to St. Petersburg last year.",
        "It is us vs. them again.",
        "Wm. Wrigley Jr. Co said so.",
        "MR. SMITH SAYS NO.",
        "Visit example.com today.",
        "See www.bbc.co.uk for more.",
        "ASP.NET is a framework.",
        "J. R. R. Tolkien wrote it.",
        "J.R.R. Tolkien wrote it.",
        "George W. Bush spoke.",
        "It was ballet…not some bloke.",
        "He paused and... then left.",
        "He said, “Just like the early days of the second world war, not everyone sees it yet.”",
        "“Why?” he asked.",
        "Newswire wraps\nLines in the middle of a sentence.",
    ])
    func staysOneSentence(text: String) {
        #expect(sentences(text) == [text])
    }

    @Test("Splits where a sentence ends", arguments: [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("What?! No.", ["What?!", "No."]),
        ("It ended… Then silence.", ["It ended…", "Then silence."]),
        ("It ended... Then silence.", ["It ended...", "Then silence."]),
        ("Sales fell in 1987. 1988 was worse.", ["Sales fell in 1987.", "1988 was worse."]),
        ("He said “stop.” Then he left.", ["He said “stop.”", "Then he left."]),
        ("He left. “Stop,” she said.", ["He left.", "“Stop,” she said."]),
        ("(It rained.) Then it stopped.", ["(It rained.)", "Then it stopped."]),
        ("The answer was no. Then he left.", ["The answer was no.", "Then he left."]),
        ("It opens at 9 a.m. The queue forms early.", ["It opens at 9 a.m.", "The queue forms early."]),
        ("It will be late.\n    Arrivals rose.", ["It will be late.", "Arrivals rose."]),
        ("He left.\u{A0}She stayed.\u{A0}", ["He left.", "She stayed."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("Splits sentences glued together by scraping", arguments: [
        ("the front.If the claims hold", ["the front.", "If the claims hold"]),
        ("around Vuhledar.A Ukrainian official", ["around Vuhledar.", "A Ukrainian official"]),
        ("killing people.”But if it is", ["killing people.”", "But if it is"]),
        ("a larger enemy, .The claims", ["a larger enemy, .", "The claims"]),
        ("Really?Yes.", ["Really?", "Yes."]),
        ("He left.“Stop,” she said.", ["He left.", "“Stop,” she said."]),
    ])
    func splitsGlued(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("Capitals beyond ASCII start sentences", arguments: [
        ("He left Paris. Édouard stayed.", ["He left Paris.", "Édouard stayed."]),
        ("He left Paris.Édouard stayed.", ["He left Paris.", "Édouard stayed."]),
        ("They met in Kraków. Łódź is next.", ["They met in Kraków.", "Łódź is next."]),
        ("He said so. Путин agreed.", ["He said so.", "Путин agreed."]),
        ("Ask the École. Ö is a letter.", ["Ask the École.", "Ö is a letter."]),
    ])
    func nonASCIICapitals(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("Only the given range is split, in offsets of the whole text")
    func subrange() {
        let bytes = Array("One. Two here. Three now. Four.".utf8)
        let found = SentenceSplitter.sentences(in: bytes, range: 4..<25)
        #expect(found == [5..<14, 15..<25])
    }

    @Test("Empty and blank ranges have no sentences")
    func emptyAndBlank() {
        #expect(sentences("").isEmpty)
        #expect(sentences(" \n\t\u{A0} ").isEmpty)
        let bytes = Array("Something.".utf8)
        #expect(SentenceSplitter.sentences(in: bytes, range: 3..<3).isEmpty)
    }

    @Test("Text without an ending mark is one sentence")
    func noEndingMark() {
        #expect(sentences("  a headline without a period  ") == ["a headline without a period"])
    }
}
