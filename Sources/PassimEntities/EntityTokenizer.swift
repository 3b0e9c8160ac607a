import PassimText
/// A word or a mark of text as the recogniser sees it: a byte range and what
/// its letters look like.
package struct EntityToken: Equatable {
    package var start: Int
    package var end: Int
    package var flags: Flags

    package struct Flags: OptionSet, Equatable {
        package let rawValue: UInt16
        package init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Starts with a letter or digit (not a mark).
        package static let word = Flags(rawValue: 1 << 0)
        /// Its first letter is a capital.
        package static let capitalised = Flags(rawValue: 1 << 1)
        /// Has letters, none of them lower case ("US", "NATO", "KN-23").
        package static let allCapitals = Flags(rawValue: 1 << 2)
        package static let hasLowercase = Flags(rawValue: 1 << 3)
        package static let hasDigit = Flags(rawValue: 1 << 4)
        package static let hasHyphen = Flags(rawValue: 1 << 5)
        /// The possessive "'s", "’s", or the lone apostrophe of "dictators’".
        package static let possessive = Flags(rawValue: 1 << 6)
        /// A line break comes between this token and the one before.
        package static let lineBreakBefore = Flags(rawValue: 1 << 7)
        /// A blank line comes between this token and the one before.
        package static let blankLineBefore = Flags(rawValue: 1 << 8)
        /// No white space between this token and the one before.
        package static let glued = Flags(rawValue: 1 << 9)
        /// Has letters.
        package static let hasLetter = Flags(rawValue: 1 << 10)
        /// Has a capital letter anywhere ("Budanov", "eBay", "NATO").
        package static let hasCapital = Flags(rawValue: 1 << 11)
    }

    package var isWord: Bool { flags.contains(.word) }
    package var isCapitalised: Bool { flags.contains(.capitalised) }
    package var isPossessive: Bool { flags.contains(.possessive) }
    package var count: Int { end - start }
}

/// Cuts text into tokens, the way newswire NER data is cut: words keep their
/// inner hyphens and apostrophes ("Jong-un", "O'Brien"), numbers their
/// separators ("2.8m", "11,000"), initials their dots ("U.S."); a possessive
/// "'s" is a token of its own, so "Russia’s" matches "Russia"; every other mark
/// is a token of one character.
package enum EntityTokenizer {
    package static func tokens(in text: [UInt8]) -> [EntityToken] {
        text.withUnsafeBufferPointer { tokens(in: ProseBytes($0), range: 0..<$0.count) }
    }

    package static func tokens(in text: ProseBytes, range: Range<Int>) -> [EntityToken] {
        var tokens: [EntityToken] = []
        tokens.reserveCapacity(range.count / 5)
        var i = range.lowerBound
        let end = range.upperBound
        var lineBreaks = 0
        var sawSpace = true
        while i < end {
            let space = spaceWidth(text, i, end)
            if space > 0 {
                if text[i] == UInt8(ascii: "\n") { lineBreaks += 1 }
                sawSpace = true
                i += space
                continue
            }
            var flags: EntityToken.Flags = []
            if lineBreaks > 0 { flags.insert(.lineBreakBefore) }
            if lineBreaks > 1 { flags.insert(.blankLineBefore) }
            if !sawSpace { flags.insert(.glued) }
            lineBreaks = 0
            sawSpace = false

            let start = i
            if let possessiveEnd = possessive(text, i, end, after: tokens.last) {
                tokens.append(EntityToken(start: start, end: possessiveEnd, flags: flags.union(.possessive)))
                i = possessiveEnd
                continue
            }
            let width = charWidth(text, i, end)
            guard isWordChar(text, i, end) else {
                tokens.append(EntityToken(start: start, end: i + width, flags: flags))
                i += width
                continue
            }
            i = wordEnd(text, from: i, end: end)
            tokens.append(EntityToken(start: start, end: i, flags: flags.union(shape(text, start..<i))))
        }
        return tokens
    }

    /// The end of the word starting at `start`.
    private static func wordEnd(_ text: ProseBytes, from start: Int, end: Int) -> Int {
        var i = start
        var onlyInitials = true  // "U.S": single letters joined by dots
        var lettersInPart = 0
        while i < end {
            if isWordChar(text, i, end) {
                let width = charWidth(text, i, end)
                lettersInPart += 1
                if lettersInPart > 1 { onlyInitials = false }
                i += width
                continue
            }
            let byte = text[i]
            let previousIsDigit = i > start && text.isDigit(at: i - 1)
            // A connector stays inside the word when a word character follows it.
            if let width = hyphenWidth(text, i, end), i + width < end, isWordChar(text, i + width, end) {
                i += width
                lettersInPart = 0
                onlyInitials = false
                continue
            }
            if let width = apostropheWidth(text, i, end), i + width < end, isWordChar(text, i + width, end),
               !isPossessiveS(text, i + width, end) {
                i += width
                onlyInitials = false
                continue
            }
            if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")), previousIsDigit, i + 1 < end,
               text.isDigit(at: i + 1) {
                i += 1
                onlyInitials = false
                continue
            }
            if byte == UInt8(ascii: "."), onlyInitials, lettersInPart == 1, !previousIsDigit {
                // "U.S.": a dot after a single letter joins the next single letter, and ends initials.
                if i + 1 < end, isWordChar(text, i + 1, end), !(i + 2 < end && isWordChar(text, i + 2, end)) {
                    i += 1
                    lettersInPart = 0
                    continue
                }
                if i > start + 1 { i += 1 }  // the closing dot of "U.S."
                break
            }
            if byte == UInt8(ascii: "&"), i > start, text[i - 1] &- 0x41 < 26, i + 1 < end, text[i + 1] &- 0x41 < 26 {
                i += 1  // "AT&T", "S&P"
                continue
            }
            break
        }
        return i
    }

    /// The end of a possessive at `i` ("'s", "’s", or a lone apostrophe after
    /// a plural in s), or nil.
    private static func possessive(_ text: ProseBytes, _ i: Int, _ end: Int, after previous: EntityToken?) -> Int? {
        guard let previous, previous.isWord, let width = apostropheWidth(text, i, end) else { return nil }
        // "Russia's", and "Russia 's" as pre-tokenised newswire writes it.
        if isPossessiveS(text, i + width, end) { return i + width + 1 }
        guard previous.end == i else { return nil }
        let last = text[previous.end - 1]
        if last == UInt8(ascii: "s") || last == UInt8(ascii: "S"),
           i + width >= end || !isWordChar(text, i + width, end) {
            return i + width
        }
        return nil
    }

    /// True when an "s" at `i` ends a word: the "s" of a possessive.
    private static func isPossessiveS(_ text: ProseBytes, _ i: Int, _ end: Int) -> Bool {
        guard i < end, text[i] == UInt8(ascii: "s") || text[i] == UInt8(ascii: "S") else { return false }
        return i + 1 >= end || !isWordChar(text, i + 1, end)
    }

    private static func shape(_ text: ProseBytes, _ range: Range<Int>) -> EntityToken.Flags {
        var flags: EntityToken.Flags = [.word]
        var i = range.lowerBound
        var sawLetter = false
        while i < range.upperBound {
            let byte = text[i]
            if byte &- 0x30 < 10 {
                flags.insert(.hasDigit)
                i += 1
                continue
            }
            if byte == UInt8(ascii: "-") { flags.insert(.hasHyphen) }
            let capital = text.capitalWidth(at: i)
            if capital > 0 {
                if !sawLetter { flags.insert(.capitalised) }
                flags.insert(.hasCapital)
                sawLetter = true
                i += capital
                continue
            }
            if byte &- 0x61 < 26 || (byte >= 0xC3 && isWordChar(text, i, range.upperBound)) {
                flags.insert(.hasLowercase)
                sawLetter = true
            }
            i += byte < 0x80 ? 1 : charWidth(text, i, range.upperBound)
        }
        if sawLetter { flags.insert(.hasLetter) }
        if sawLetter, !flags.contains(.hasLowercase) { flags.insert(.allCapitals) }
        return flags
    }

    // MARK: characters

    /// The width of white space at `i` (ASCII, no-break and other Unicode spaces, zero-width marks), or 0.
    @inline(__always)
    package static func spaceWidth(_ text: ProseBytes, _ i: Int, _ end: Int) -> Int {
        let byte = text[i]
        if byte < 0x80 { return byte == 0x20 || byte &- 0x09 < 5 ? 1 : 0 }
        if byte == 0xC2 { return i + 1 < end && text[i + 1] == 0xA0 ? 2 : 0 }
        if byte == 0xE2, i + 2 < end {
            let second = text[i + 1], third = text[i + 2]
            if second == 0x80, third <= 0x8D || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            if second == 0x81, third == 0x9F || third == 0xA0 { return 3 }
        }
        if byte == 0xEF, i + 2 < end, text[i + 1] == 0xBB, text[i + 2] == 0xBF { return 3 }  // BOM
        if byte == 0xE3, i + 2 < end, text[i + 1] == 0x80, text[i + 2] == 0x80 { return 3 }  // ideographic space
        return 0
    }

    /// The width of the UTF-8 character at `i` (1 for a stray byte).
    @inline(__always)
    package static func charWidth(_ text: ProseBytes, _ i: Int, _ end: Int) -> Int {
        let byte = text[i]
        let width = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        return min(width, end - i)
    }

    /// Letters and digits: ASCII ones, and any non-ASCII character but the
    /// Latin-1 signs (C2 xx), general punctuation and symbols (E2 xx) and CJK marks (E3 80 xx).
    @inline(__always)
    package static func isWordChar(_ text: ProseBytes, _ i: Int, _ end: Int) -> Bool {
        let byte = text[i]
        if byte < 0x80 { return byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 }
        if byte < 0xC3 { return false }  // continuation bytes, C2 signs
        if byte == 0xC3 { return i + 1 < end && text[i + 1] != 0x97 && text[i + 1] != 0xB7 }  // not × ÷
        if byte == 0xE2 || byte == 0xEF && i + 1 < end && text[i + 1] == 0xBB { return false }
        if byte == 0xE3 { return !(i + 1 < end && text[i + 1] == 0x80) }
        return true
    }

    /// The width of a hyphen at `i` (- ‐ ‑), or nil.
    @inline(__always)
    package static func hyphenWidth(_ text: ProseBytes, _ i: Int, _ end: Int) -> Int? {
        if text[i] == UInt8(ascii: "-") { return 1 }
        if text[i] == 0xE2, i + 2 < end, text[i + 1] == 0x80, text[i + 2] == 0x90 || text[i + 2] == 0x91 { return 3 }
        return nil
    }

    /// The width of an apostrophe at `i` (' ’), or nil.
    @inline(__always)
    package static func apostropheWidth(_ text: ProseBytes, _ i: Int, _ end: Int) -> Int? {
        if text[i] == UInt8(ascii: "'") { return 1 }
        if text[i] == 0xE2, i + 2 < end, text[i + 1] == 0x80, text[i + 2] == 0x99 { return 3 }
        return nil
    }
}
