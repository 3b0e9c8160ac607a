import PassimSupport
/// Cuts an article's text into passages, the units search retrieves and shows.
package enum PassageBuilder {
    /// Paragraphs are the unit; a paragraph under Tuning.passageMinWords words merges with the next
    /// (the last short one merges with the previous); a paragraph over Tuning.passageMaxWords splits into
    /// overlapping windows of whole sentences (about Tuning.windowTargetWords each, consecutive windows share
    /// one boundary sentence; a single sentence longer than the max is cut at word boundaries as a last resort).
    /// Passage.text = the words with white-space runs (incl. newlines) collapsed to one space; textRange = bytes
    /// of extracted.text; fileRange and line via extracted.sourceMap (fileOffset(at:), line(at:in:)).
    package static func passages(of extracted: ExtractedText) -> [Passage] {
        extracted.text.withUnsafeBufferPointer { buffer in
            let text = ProseBytes(buffer)
            let paragraphs = Paragraphs.ranges(in: text)
            let wordCounts = paragraphs.map { Words.count(in: text, $0) }
            // A passage cites one page (PDF): short paragraphs merge only within a page.
            var startsPage = [Bool](repeating: false, count: paragraphs.count)
            if !extracted.pageStarts.isEmpty {
                for index in paragraphs.indices.dropFirst() {
                    startsPage[index] = extracted.page(at: paragraphs[index].lowerBound)
                        != extracted.page(at: paragraphs[index - 1].lowerBound)
                }
            }
            var spans: [Range<Int>] = []
            for group in merged(wordCounts: wordCounts, startsPage: startsPage) {
                let words = wordCounts[group].reduce(0, +)
                if words <= Tuning.passageMaxWords {
                    spans.append(paragraphs[group.lowerBound].lowerBound..<paragraphs[group.upperBound - 1].upperBound)
                } else {
                    spans += windows(over: paragraphs[group], in: text)
                }
            }

            let map = extracted.sourceMap
            var lines = SourceLineCursor(map)
            return spans.enumerated().map { ordinal, span in
                let fileStart = map.fileOffset(at: span.lowerBound)
                return Passage(
                    ordinal: ordinal,
                    text: Words.joined(in: text, span),
                    textRange: span,
                    fileRange: fileStart..<max(fileStart, map.fileOffset(at: span.upperBound)),
                    line: lines.line(at: span.lowerBound, in: text),
                    page: extracted.page(at: span.lowerBound)
                )
            }
        }
    }

    /// Groups of consecutive paragraphs (as index ranges) with at least
    /// Tuning.passageMinWords words each, except a text shorter than that
    /// and the last group of a page: no group crosses into a new page.
    private static func merged(wordCounts: [Int], startsPage: [Bool]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var groupStart = 0
        var words = 0
        for (index, count) in wordCounts.enumerated() {
            if startsPage[index], index > groupStart {
                // The short rest of a page joins the page's last group, if any.
                let last = startsPage[groupStart] ? nil : groups.popLast()
                groups.append((last?.lowerBound ?? groupStart)..<index)
                groupStart = index
                words = 0
            }
            words += count
            if words >= Tuning.passageMinWords {
                groups.append(groupStart..<index + 1)
                groupStart = index + 1
                words = 0
            }
        }
        if groupStart < wordCounts.count {
            let last = startsPage[groupStart] ? groupStart : (groups.popLast()?.lowerBound ?? groupStart)
            groups.append(last..<wordCounts.count)
        }
        return groups
    }

    /// Text ranges of overlapping windows of whole sentences over `paragraphs`.
    private static func windows(over paragraphs: ArraySlice<Range<Int>>, in text: ProseBytes) -> [Range<Int>] {
        let pieceWords = max(1, Tuning.windowTargetWords / 2)  // so two cut pieces make one window and overlap by half
        var pieces: [Range<Int>] = []
        var pieceWordCounts: [Int] = []
        for paragraph in paragraphs {
            for sentence in SentenceSplitter.sentences(in: text, range: paragraph) {
                let words = Words.count(in: text, sentence)
                if words <= Tuning.passageMaxWords {
                    pieces.append(sentence)
                    pieceWordCounts.append(words)
                } else {
                    for piece in Words.pieces(of: sentence, in: text, wordCount: words, wordsEach: pieceWords) {
                        pieces.append(piece.range)
                        pieceWordCounts.append(piece.words)
                    }
                }
            }
        }
        return SentenceWindows.windows(wordCounts: pieceWordCounts).map {
            pieces[$0.lowerBound].lowerBound..<pieces[$0.upperBound - 1].upperBound
        }
    }
}
