import PassimSupport
/// Finds dates in text: `firstDate` anywhere (for a value that is meant to be
/// a date, such as a `<meta>` tag's), `date` only in a dateline at the top of
/// an article (see `Dateline`). A day without a year is not a date.
package enum DateFinder {
    /// The top of an article: its first few non-empty lines, within a few hundred words.
    package static let maxLines = 5
    package static let maxBytes = 1000

    /// The date of the first dateline in the top of `text`, as "YYYY-MM-DD".
    package static func date(in text: [UInt8]) -> String? {
        let top = topEnd(of: text)
        var start = 0
        while start < top {
            var lineEnd = start
            while lineEnd < text.count, text[lineEnd] != TextBytes.newline { lineEnd += 1 }
            if let found = Dateline.date(in: text, line: TextBytes.trimmed(text, start..<lineEnd)) { return found }
            start = lineEnd + 1
        }
        return nil
    }

    /// The first valid date anywhere in `text[range]`, as "YYYY-MM-DD".
    package static func firstDate(in text: [UInt8], _ range: Range<Int>) -> String? {
        let scanner = DateScanner(text: text, end: range.upperBound)
        for start in range where start == range.lowerBound || !isAlphanumeric(text[start - 1]) {
            if let found = scanner.date(at: start) { return found.day }
        }
        return nil
    }

    /// The end of the first `maxLines` non-empty lines, at most `maxBytes` in.
    package static func topEnd(of text: [UInt8]) -> Int {
        let limit = min(text.count, maxBytes)
        var lines = 0
        var lineHasText = false
        for index in 0..<limit {
            let byte = text[index]
            if byte == TextBytes.newline {
                if lineHasText { lines += 1 }
                if lines == maxLines { return index }
                lineHasText = false
            } else if !TextBytes.isWhitespace(byte) {
                lineHasText = true
            }
        }
        return limit
    }

    package static func isAlphanumeric(_ byte: UInt8) -> Bool { TextBytes.isLetter(byte) || TextBytes.isDigit(byte) }
}
