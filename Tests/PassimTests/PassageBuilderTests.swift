import Testing
@testable import PassimSupport
@testable import PassimText

/// A made-up sentence of exactly `words` words, starting with a capital.
private func sentence(_ words: Int, tag: String = "alpha") -> String {
    guard words > 0 else { return "" }
    return (["The"] + (1..<words).map { "\(tag)\($0)" }).joined(separator: " ") + "."
}

/// Made-up sentences adding up to `words` words, in sentences of about `each`.
private func paragraph(_ words: Int, each: Int = 12, tag: String = "alpha") -> String {
    stride(from: 0, to: words, by: each).map { sentence(min(each, words - $0), tag: tag) }.joined(separator: " ")
}

/// `bytes` with white-space runs collapsed to single spaces, the way a reader sees them.
private func collapsed(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

private func wordCount(_ passage: Passage) -> Int {
    passage.text.split(separator: " ").count
}

private func passages(_ text: String) -> [Passage] {
    PassageBuilder.passages(of: ExtractedText(text: Array(text.utf8)))
}

/// Properties every passage list must have, whatever the text.
private func expectWellFormed(_ passages: [Passage], of extracted: ExtractedText, file: [UInt8]?) {
    for (index, passage) in passages.enumerated() {
        #expect(passage.ordinal == index)
        #expect(passage.text == collapsed(extracted.text[passage.textRange]))
        if let file { #expect(passage.text == collapsed(file[passage.fileRange])) }
        #expect(passage.line == extracted.sourceMap.line(at: passage.textRange.lowerBound, in: extracted.text))
        #expect(wordCount(passage) <= Tuning.passageMaxWords)
    }
}

@Suite("Passages")
struct PassageBuilderTests {
    @Test("Short paragraphs merge with the next")
    func shortParagraphsMerge() {
        let found = passages("Breaking news.\n\nMore soon.\n\n\(paragraph(30))\n\n\(paragraph(30, tag: "beta"))")
        #expect(found.count == 2)
        #expect(found[0].text == "Breaking news. More soon. " + paragraph(30))
        #expect(found[1].text == paragraph(30, tag: "beta"))
    }

    @Test("A text of short paragraphs is one passage")
    func onlyShortParagraphs() {
        #expect(passages("One two three.\n\nFour five.\n\nSix.").map(\.text) == ["One two three. Four five. Six."])
    }

    @Test("The last short paragraph merges with the previous one")
    func lastShortMergesBack() {
        let first = paragraph(30), second = paragraph(30, tag: "beta")
        let text = "\(first)\n\n\(second)\n\n Reuter\n"
        let found = passages(text)
        #expect(found.map(\.text) == [first, second + " Reuter"])
        #expect(found[1].textRange.upperBound == text.utf8.count - 1)
    }

    @Test("The seed's long paragraph becomes overlapping windows of whole sentences")
    func seedWindows() throws {
        let seed = PassageFixtures.seed
        let extracted = ExtractedText(text: seed)
        let found = PassageBuilder.passages(of: extracted)
        expectWellFormed(found, of: extracted, file: seed)
        #expect(found.count >= 7)
        #expect(found.first?.line == 1)
        #expect(found.dropFirst().allSatisfy { $0.line == 2 })

        let paragraph = try #require(Paragraphs.ranges(in: seed).first)
        let sentences = SentenceSplitter.sentences(in: seed, range: paragraph)
        let starts = Set(sentences.map(\.lowerBound)), ends = Set(sentences.map(\.upperBound))
        for passage in found {
            #expect(starts.contains(passage.textRange.lowerBound) && ends.contains(passage.textRange.upperBound))
        }
        for sentence in sentences {
            #expect(found.contains { $0.textRange.contains(sentence.lowerBound) && $0.textRange.upperBound >= sentence.upperBound })
        }
        for (before, after) in zip(found, found.dropFirst()) {
            let shared = try #require(sentences.first { $0.lowerBound == after.textRange.lowerBound })
            #expect(shared.upperBound == before.textRange.upperBound, "windows share exactly one sentence")
        }
        for passage in found.dropLast() {
            #expect(wordCount(passage) >= Tuning.windowTargetWords / 2)
        }
    }

    @Test("Passages start on the right lines")
    func lineNumbers() {
        let text = "\(sentence(15))\n\(sentence(15))\n\n\(paragraph(30, tag: "beta"))\n\n\n\(paragraph(30, tag: "gamma"))\n"
        let extracted = ExtractedText(text: Array(text.utf8))
        let found = PassageBuilder.passages(of: extracted)
        #expect(found.map(\.line) == [1, 4, 7])
        expectWellFormed(found, of: extracted, file: extracted.text)
    }

    @Test("A source map carries passages back to file offsets and lines")
    func sourceMap() {
        // As if pulled out of HTML: text and file line up at each anchor, and "&amp;" became "&".
        let before = sentence(15), after = "\n" + sentence(15, tag: "delta"), second = paragraph(30, tag: "beta")
        let firstInFile = "\(before) R&amp;D \(after)"
        let file = Array("<html><body>\n<p>\(firstInFile)</p>\n\n<p>\(second)</p>\n</body></html>\n".utf8)
        let text = Array("\(before) R&D \(after)\n\n\(second)".utf8)
        let firstStart = 16, secondInText = text.count - second.utf8.count
        let secondStart = firstStart + firstInFile.utf8.count + 9
        let map = SourceMap(anchors: [
            .init(textOffset: 0, fileOffset: firstStart, line: 2),
            .init(textOffset: before.utf8.count + 4, fileOffset: firstStart + before.utf8.count + 8, line: 2),
            .init(textOffset: secondInText, fileOffset: secondStart, line: 5),
        ])
        let extracted = ExtractedText(text: text, sourceMap: map)
        let found = PassageBuilder.passages(of: extracted)
        #expect(found.map(\.fileRange) == [
            firstStart..<firstStart + firstInFile.utf8.count, secondStart..<secondStart + second.utf8.count,
        ])
        #expect(found.map { String(decoding: file[$0.fileRange], as: UTF8.self) } == [firstInFile, second])
        #expect(found.map(\.line) == [2, 5])
        expectWellFormed(found, of: extracted, file: nil)
    }

    @Test("Empty and blank texts have no passages")
    func emptyText() {
        #expect(passages("").isEmpty)
        #expect(passages(" \n\n\t\r\n").isEmpty)
    }

    @Test("A one-word text is one passage")
    func oneWord() {
        #expect(passages("Hello") == [Passage(ordinal: 0, text: "Hello", textRange: 0..<5, fileRange: 0..<5, line: 1)])
        #expect(passages("\n\n  Hello \n") == [Passage(ordinal: 0, text: "Hello", textRange: 4..<9, fileRange: 4..<9, line: 3)])
    }

    @Test("A 2,000-word sentence without punctuation is cut into bounded, overlapping passages")
    func runOnSentence() {
        let text = (1...2_000).map { "word\($0)" }.joined(separator: " ")
        let extracted = ExtractedText(text: Array(text.utf8))
        let found = PassageBuilder.passages(of: extracted)
        expectWellFormed(found, of: extracted, file: extracted.text)
        #expect(found.count > 2_000 / Tuning.passageMaxWords)
        #expect(found.first?.text.hasPrefix("word1 ") == true)
        #expect(found.last?.text.hasSuffix(" word2000") == true)
        for (before, after) in zip(found, found.dropFirst()) {
            #expect(after.textRange.lowerBound < before.textRange.upperBound, "consecutive passages overlap")
            #expect(after.textRange.lowerBound > before.textRange.lowerBound)
        }
    }

    @Test("A very long sentence among short ones is cut; the rest stay whole")
    func longSentenceAmongShort() {
        let text = "\(paragraph(60)) \(sentence(400, tag: "long")) \(paragraph(60, tag: "beta"))"
        let extracted = ExtractedText(text: Array(text.utf8))
        let found = PassageBuilder.passages(of: extracted)
        expectWellFormed(found, of: extracted, file: extracted.text)
        #expect(found.count >= 400 / Tuning.passageMaxWords + 2)
        #expect(found.contains { $0.text.hasPrefix(paragraph(60)) })
        #expect(found.contains { $0.text.hasSuffix(paragraph(60, tag: "beta")) })
    }

    @Test("Line breaks, CRLF and no-break spaces collapse to single spaces")
    func collapsing() {
        let found = passages("Line one\r\nline two,\u{A0}\u{A0}spaced\t\tout.\r\n\r\n")
        #expect(found.map(\.text) == ["Line one line two, spaced out."])
    }
}

@Suite("Passages of the Reuters corpus", .enabled(if: PassageFixtures.hasReuters, "needs ../shared/corpora/reuters21578"))
struct PassageCorpusTests {
    @Test("The first 500 stories each yield passages of bounded size")
    func reuters() throws {
        let names = PassageFixtures.textFiles(in: PassageFixtures.reutersFolder).prefix(500)
        #expect(names.count == 500)
        for name in names {
            let bytes = try #require(PassageFixtures.read(PassageFixtures.reutersFolder + "/" + name))
            let found = PassageBuilder.passages(of: ExtractedText(text: bytes))
            #expect(!found.isEmpty, "\(name)")
            #expect(found.allSatisfy { wordCount($0) <= 2 * Tuning.passageMaxWords }, "\(name)")
            #expect(found.allSatisfy { $0.text == collapsed(bytes[$0.fileRange]) }, "\(name)")
        }
    }
}
