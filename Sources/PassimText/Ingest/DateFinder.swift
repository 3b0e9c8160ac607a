import PassimSupport
/// Finds the date an article states near its top: "2024-10-23",
/// "26-FEB-1987 15:01:01.79" (Reuters), "October 23rd 2024", "October 23, 2024",
/// "Oct. 23, 2024", "23 October 2024". A day without a year is not a date.
package enum DateFinder {
    /// The top of an article: its first few non-empty lines, within a few hundred words.
    package static let maxLines = 5
    package static let maxBytes = 1000

    /// The first valid date in the top of `text`, as "YYYY-MM-DD".
    package static func date(in text: [UInt8]) -> String? {
        firstDate(in: text, 0..<topEnd(of: text))
    }

    /// The first valid date anywhere in `text[range]`, as "YYYY-MM-DD".
    package static func firstDate(in text: [UInt8], _ range: Range<Int>) -> String? {
        let scanner = DateScanner(text: text, end: range.upperBound)
        for start in range where start == range.lowerBound || !isAlphanumeric(text[start - 1]) {
            let byte = text[start]
            let found = TextBytes.isDigit(byte) ? scanner.numberFirst(at: start)
                : TextBytes.isLetter(byte) ? scanner.monthFirst(at: start) : nil
            if let found { return found }
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

/// Reads the date forms at a position; each returns nil unless a whole,
/// valid date is there.
private struct DateScanner {
    package let text: [UInt8]
    package let end: Int

    package static let months: [(full: String, short: String)] = [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may", "may"),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep"), ("october", "oct"),
        ("november", "nov"), ("december", "dec"),
    ]

    /// "2024-10-23", "26-FEB-1987", "23rd October 2024".
    package func numberFirst(at start: Int) -> String? {
        if let (year, next) = number(at: start, digits: 4...4), next < end, text[next] == UInt8(ascii: "-"),
           let (month, afterMonth) = number(at: next + 1, digits: 2...2), afterMonth < end, text[afterMonth] == UInt8(ascii: "-"),
           let (day, _) = number(at: afterMonth + 1, digits: 2...2) {
            return Self.formatted(year: year, month: month, day: day)
        }
        guard let (day, afterDay) = number(at: start, digits: 1...2) else { return nil }
        if afterDay < end, text[afterDay] == UInt8(ascii: "-"), let (month, afterMonth) = monthName(at: afterDay + 1),
           afterMonth < end, text[afterMonth] == UInt8(ascii: "-"), let (year, _) = number(at: afterMonth + 1, digits: 4...4) {
            return Self.formatted(year: year, month: month, day: day)
        }
        var cursor = skipOrdinal(afterDay)
        if cursor < end, text[cursor] == UInt8(ascii: ".") { cursor += 1 }
        cursor = skipSeparators(cursor)
        guard let (month, afterMonth) = monthName(at: cursor) else { return nil }
        cursor = skipSeparators(afterMonth)
        guard let (year, _) = number(at: cursor, digits: 4...4) else { return nil }
        return Self.formatted(year: year, month: month, day: day)
    }

    /// "October 23rd 2024", "October 23, 2024", "Oct. 23, 2024", "Oct 23 2024".
    package func monthFirst(at start: Int) -> String? {
        guard let (month, afterMonth) = monthName(at: start) else { return nil }
        var cursor = skipSeparators(afterMonth)
        guard cursor > afterMonth, let (day, afterDay) = number(at: cursor, digits: 1...2) else { return nil }
        cursor = skipSeparators(skipOrdinal(afterDay))
        guard cursor > afterDay, let (year, _) = number(at: cursor, digits: 4...4) else { return nil }
        return Self.formatted(year: year, month: month, day: day)
    }

    /// A run of `digits` digits at `start` not followed by another digit.
    private func number(at start: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
        var value = 0
        var index = start
        while index < end, TextBytes.isDigit(text[index]), index - start < digits.upperBound {
            value = value * 10 + Int(text[index] - 0x30)
            index += 1
        }
        guard digits.contains(index - start), index == end || !TextBytes.isDigit(text[index]) else { return nil }
        return (value, index)
    }

    /// A month's full or three-letter name (or "Sept") as a whole word, any
    /// case; a dot after an abbreviation is taken too.
    private func monthName(at start: Int) -> (Int, Int)? {
        var index = start
        while index < end, TextBytes.isLetter(text[index]) { index += 1 }
        let word = start..<index
        guard (3...9).contains(word.count) else { return nil }
        for (number, names) in Self.months.enumerated() {
            let short = TextBytes.equalsIgnoringCase(text, word, names.short)
                || (number == 8 && TextBytes.equalsIgnoringCase(text, word, "sept"))
            if short || TextBytes.equalsIgnoringCase(text, word, names.full) {
                let next = short && index < end && text[index] == UInt8(ascii: ".") ? index + 1 : index
                return (number + 1, next)
            }
        }
        return nil
    }

    /// Past "st", "nd", "rd" or "th" after a day number.
    private func skipOrdinal(_ start: Int) -> Int {
        guard start + 2 <= end else { return start }
        let suffix = start..<(start + 2)
        guard ["st", "nd", "rd", "th"].contains(where: { TextBytes.equalsIgnoringCase(text, suffix, $0) }),
              start + 2 == end || !TextBytes.isLetter(text[start + 2]) else { return start }
        return start + 2
    }

    /// Past spaces, tabs and one comma.
    private func skipSeparators(_ start: Int) -> Int {
        var index = start
        var comma = false
        while index < end {
            let byte = text[index]
            if byte == TextBytes.space || byte == TextBytes.tab {
                index += 1
            } else if byte == UInt8(ascii: ","), !comma {
                comma = true
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// "YYYY-MM-DD" when the parts make a real day between 1900 and 2100.
    package static func formatted(year: Int, month: Int, day: Int) -> String? {
        guard (1900...2100).contains(year), CalendarDay.isValid(year: year, month: month, day: day) else { return nil }
        return CalendarDay.dashed(year: year, month: month, day: day)
    }
}
