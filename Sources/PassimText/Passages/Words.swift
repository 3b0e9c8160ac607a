/// Words are maximal runs of bytes that are not white space; passage sizes
/// are counted in them and passage text is them joined by single spaces.
package enum Words {
    /// The number of words in `text[range]`.
    package static func count(in text: ProseBytes, _ range: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        var i = range.lowerBound
        while i < range.upperBound {
            let width = text.whiteSpaceWidth(at: i)
            if width == 0 {
                if !inWord { words += 1 }
                inWord = true
                i += 1
            } else {
                inWord = false
                i += width
            }
        }
        return words
    }

    /// The words of `text[range]` joined by single spaces: line breaks,
    /// indentation and no-break spaces all become one space.
    package static func joined(in text: ProseBytes, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: range.count) { out in
            var written = 0
            var spacePending = false
            var i = range.lowerBound
            while i < range.upperBound {
                let width = text.whiteSpaceWidth(at: i)
                if width == 0 {
                    if spacePending {
                        out[written] = 0x20
                        written += 1
                        spacePending = false
                    }
                    out[written] = text[i]
                    written += 1
                    i += 1
                } else {
                    spacePending = written > 0
                    i += width
                }
            }
            return written
        }
    }

    /// `text[range]`, holding `wordCount` words, cut at word boundaries into
    /// the fewest nearly equal pieces of at most `wordsEach` words — the last
    /// resort for a sentence too long for one passage.
    package static func pieces(
        of range: Range<Int>, in text: ProseBytes, wordCount: Int, wordsEach: Int
    ) -> [(range: Range<Int>, words: Int)] {
        let pieceCount = max(1, (wordCount + wordsEach - 1) / wordsEach)
        var pieces: [(range: Range<Int>, words: Int)] = []
        pieces.reserveCapacity(pieceCount)
        var wordsSoFar = 0
        var wordsBeforePiece = 0
        var pieceEndsAfter = wordCount / pieceCount  // piece k ends after word (k+1)·n/pieceCount
        var pieceStart = -1
        var i = range.lowerBound
        while i < range.upperBound {
            let width = text.whiteSpaceWidth(at: i)
            if width != 0 {
                i += width
                continue
            }
            if pieceStart < 0 { pieceStart = i }
            while i < range.upperBound, text.whiteSpaceWidth(at: i) == 0 { i += 1 }
            wordsSoFar += 1
            if wordsSoFar == pieceEndsAfter {
                pieces.append((pieceStart..<i, wordsSoFar - wordsBeforePiece))
                wordsBeforePiece = wordsSoFar
                pieceEndsAfter = (pieces.count + 1) * wordCount / pieceCount
                pieceStart = -1
            }
        }
        if pieceStart >= 0 {  // only if `wordCount` was short of the truth
            let end = text.trimmingWhiteSpace(before: range.upperBound, from: pieceStart)
            pieces.append((pieceStart..<end, wordsSoFar - wordsBeforePiece))
        }
        return pieces
    }
}
