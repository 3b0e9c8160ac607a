import PassimSupport
import PassimText
/// The sentences of a text as token ranges, for the tagger's windows: the
/// Passages stage's sentence splitter within each paragraph, and also a cut
/// after a short line that ends without a full stop — a title, a byline, a
/// dateline ("BRUSSELS 1996-08-22") is not the start of the next sentence.
package enum EntitySentences {
    package static func ranges(_ text: EntityText) -> [Range<Int>] {
        guard text.count > 0 else { return [] }
        var byteSentences: [Range<Int>] = []
        text.bytes.withUnsafeBufferPointer { buffer in
            let prose = ProseBytes(buffer)
            for paragraph in Paragraphs.ranges(in: prose) {
                byteSentences += SentenceSplitter.sentences(in: prose, range: paragraph)
            }
        }
        var sentences: [Range<Int>] = []
        var start = 0
        var next = 0  // the byte sentence the current token is in
        var lineStart = 0
        for t in 0..<text.count {
            let token = text.tokens[t]
            var cut = false
            while next + 1 < byteSentences.count, byteSentences[next + 1].lowerBound <= token.start {
                next += 1
                cut = true
            }
            if token.flags.contains(.lineBreakBefore) {
                if t - lineStart <= EntityTuning.shortLineTokens { cut = true }
                lineStart = t
            } else if t > 0, isColumnGap(text.bytes, text.tokens[t - 1].end..<token.start) {
                cut = true  // the cells of a table row are not one sentence
            }
            if cut, t > start {
                sentences.append(start..<t)
                start = t
                lineStart = t
            }
        }
        sentences.append(start..<text.count)
        return sentences
    }

    /// White space wide enough to separate table columns: a tab, or 3 spaces or more.
    private static func isColumnGap(_ bytes: [UInt8], _ gap: Range<Int>) -> Bool {
        gap.count >= 3 || bytes[gap].contains(UInt8(ascii: "\t"))
    }
}
