import PassimSupport

/// Reads the date forms at a position; each returns the day ("YYYY-MM-DD")
/// and where the date ends, or nil unless a whole, valid, plausible date is there.
///
/// Numeric days: year first (`2024-10-23`, `2024/10/23`, `2024.10.23`), else
/// day first with dots or dashes (`24.09.2014`, `10-11-2014`, as most sites
/// outside the US write them) and month first with slashes (`09/24/2014`, the
/// US order), each turned round when only the other order makes a real day.
package struct DateScanner {
    package let text: [UInt8]
    package let end: Int

    package init(text: [UInt8], end: Int) {
        self.text = text
        self.end = end
    }

    package static let months: [(full: String, short: String)] = [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may", "may"),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep"), ("october", "oct"),
        ("november", "nov"), ("december", "dec"),
    ]

    /// A date starting at `start`, which begins a word.
    package func date(at start: Int) -> (day: String, end: Int)? {
        let byte = text[start]
        if TextBytes.isDigit(byte) { return numberFirst(at: start) }
        if TextBytes.isLetter(byte) { return monthFirst(at: start) }
        return nil
    }

    /// "2024-10-23", "24.09.2014", "26-FEB-1987", "23rd October 2024".
    private func numberFirst(at start: Int) -> (day: String, end: Int)? {
        if let found = numeric(at: start) { return found }
        guard let (day, afterDay) = number(at: start, digits: 1...2) else { return nil }
        if afterDay < end, text[afterDay] == UInt8(ascii: "-"), let (month, afterMonth) = monthName(at: afterDay + 1),
           afterMonth < end, text[afterMonth] == UInt8(ascii: "-"), let (year, next) = number(at: afterMonth + 1, digits: 4...4) {
            return Self.formatted(year: year, month: month, day: day).map { ($0, next) }
        }
        var cursor = skipOrdinal(afterDay)
        if cursor < end, text[cursor] == UInt8(ascii: ".") { cursor += 1 }
        cursor = skipSeparators(cursor)
        guard let (month, afterMonth) = monthName(at: cursor) else { return nil }
        cursor = skipSeparators(afterMonth)
        guard let (year, next) = number(at: cursor, digits: 4...4) else { return nil }
        return Self.formatted(year: year, month: month, day: day).map { ($0, next) }
    }

    /// Three numbers joined by one separator (`-`, `.` or `/`), the year first or last.
    private func numeric(at start: Int) -> (day: String, end: Int)? {
        guard let (first, afterFirst) = number(at: start, digits: 1...4), afterFirst < end else { return nil }
        let separator = text[afterFirst]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/"),
              let (second, afterSecond) = number(at: afterFirst + 1, digits: 1...2), afterSecond < end,
              text[afterSecond] == separator else { return nil }
        if afterFirst - start == 4 {
            guard let (third, next) = number(at: afterSecond + 1, digits: 1...2) else { return nil }
            return Self.formatted(year: first, month: second, day: third).map { ($0, next) }
        }
        guard afterFirst - start <= 2, let (year, next) = number(at: afterSecond + 1, digits: 4...4) else { return nil }
        let monthFirst = separator == UInt8(ascii: "/")
        let (month, day) = monthFirst ? (first, second) : (second, first)
        let found = Self.formatted(year: year, month: month, day: day) ?? Self.formatted(year: year, month: day, day: month)
        return found.map { ($0, next) }
    }

    /// "October 23rd 2024", "October 23, 2024", "Oct. 23, 2024", and the
    /// day glued to the year, as some sites print it ("Jul 152015").
    private func monthFirst(at start: Int) -> (day: String, end: Int)? {
        guard let (month, afterMonth) = monthName(at: start) else { return nil }
        var cursor = skipSeparators(afterMonth)
        guard cursor > afterMonth else { return nil }
        if let (glued, next) = number(at: cursor, digits: 5...6) {
            let year = glued % 10000, day = glued / 10000
            return Self.formatted(year: year, month: month, day: day).map { ($0, next) }
        }
        guard let (day, afterDay) = number(at: cursor, digits: 1...2) else { return nil }
        cursor = skipSeparators(skipOrdinal(afterDay))
        guard cursor > afterDay, let (year, next) = number(at: cursor, digits: 4...4) else { return nil }
        return Self.formatted(year: year, month: month, day: day).map { ($0, next) }
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
    package func monthName(at start: Int) -> (Int, Int)? {
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

    /// "YYYY-MM-DD" when the parts make a real day that an article could
    /// carry (see `PlausibleDate`).
    package static func formatted(year: Int, month: Int, day: Int) -> String? {
        guard PlausibleDate.isPlausible(year: year, month: month, day: day) else { return nil }
        return CalendarDay.dashed(year: year, month: month, day: day)
    }
}
