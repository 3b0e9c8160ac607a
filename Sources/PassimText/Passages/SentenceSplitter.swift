/// Cuts a paragraph into sentences, robust to scraped text where sentences
/// run together ("front.If the Ukrainian claims…", "people.”But if…").
///
/// A sentence ends at . ! ? or … (and any run of them), plus the closing
/// quotes and brackets after it, when what follows is
/// - white space, then a capital, digit or opening quote or bracket; or
/// - with no space, a capital that begins a word ("Vuhledar.A Ukrainian"),
///   or an opening quote and a capital;
/// unless a lone period follows an abbreviation or initial ("Mr.", "U.S.",
/// "J."; see `Abbreviations`). Line breaks alone never end a sentence, since
/// newswire wraps its lines.
package enum SentenceSplitter {
    /// Byte ranges of the sentences in text[range], covering it without gaps other than white space.
    package static func sentences(in text: [UInt8], range: Range<Int>) -> [Range<Int>] {
        let range = range.clamped(to: 0..<text.count)
        return text.withUnsafeBufferPointer { sentences(in: ProseBytes($0), range: range) }
    }

    package static func sentences(in text: ProseBytes, range: Range<Int>) -> [Range<Int>] {
        let end = range.upperBound
        var sentences: [Range<Int>] = []
        var start = text.skippingWhiteSpace(from: range.lowerBound, to: end)
        var i = start
        while i < end {
            let width = text.sentenceEndWidth(at: i)
            if width == 0 {
                i += 1
                continue
            }
            let markStart = i
            i += width
            while i < end {  // "?!", "..."
                let more = text.sentenceEndWidth(at: i)
                if more == 0 { break }
                i += more
            }
            let isLonePeriod = i - markStart == 1 && text[markStart] == UInt8(ascii: ".")
            while i < end {  // the quote or bracket the sentence closes belongs to it
                let closing = text.closingMarkWidth(at: i)
                if closing == 0 { break }
                i += closing
            }
            if startsSentence(at: i, in: text, end: end),
               !(isLonePeriod && Abbreviations.precede(markStart, in: text, from: range.lowerBound)) {
                sentences.append(start..<i)
                start = text.skippingWhiteSpace(from: i, to: end)
                i = start
            }
        }
        let last = text.trimmingWhiteSpace(before: end, from: start)
        if start < last { sentences.append(start..<last) }
        return sentences
    }

    /// True when a sentence can start at `i`, just after a sentence-ending mark.
    private static func startsSentence(at i: Int, in text: ProseBytes, end: Int) -> Bool {
        guard i < end else { return false }
        if text.whiteSpaceWidth(at: i) > 0 {
            let next = text.skippingWhiteSpace(from: i, to: end)
            guard next < end else { return false }
            return text.capitalWidth(at: next) > 0 || text.isDigit(at: next) || text.openingMarkWidth(at: next) > 0
        }
        // Run together: a capitalised word, not the next letter of "U.S" or "ASP.NET" or a number like "2.8m".
        let capital = i + text.openingMarkWidth(at: i)
        guard capital < end else { return false }
        let width = text.capitalWidth(at: capital)
        guard width > 0 else { return false }
        let after = capital + width
        guard after < end else { return true }
        let byte = text[after]
        return byte != UInt8(ascii: ".") && !text.isDigit(at: after) && text.capitalWidth(at: after) == 0
    }
}
