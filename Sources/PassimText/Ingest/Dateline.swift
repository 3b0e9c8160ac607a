/// A line at the top of an article that states when it was published: the
/// date with at most a label, a weekday, a time or a byline around it
/// ("Friday 21 November 2014 10:13", "Published July 5 2015", "Date of
/// publication 4 October 2017", "09.04.2017Get short URL", "By Jo Bloggs |
/// June 23, 2022", "KYIV, June 23, 2022 (Reuters) - …"). A date inside a
/// sentence ("…invaded on February 24, 2022, and…") is never one: the words
/// before it must be such a label, and what follows must be short or a
/// wire dateline's dash.
package enum Dateline {
    /// A date further into the line than this is inside a sentence.
    package static let maxLeadBytes = 48
    /// After the date, at most this much (a time, a zone, "Get short URL")
    /// unless a dash or bar ends the dateline and the story follows.
    package static let maxRestBytes = 60

    /// Words that may stand before the date in a dateline.
    package static let labels: Set<String> = [
        "published", "publication", "updated", "update", "last", "first", "posted", "date", "dated", "of", "at",
        "on", "modified", "created", "issued", "released", "time", "filed", "am", "pm", "gmt", "utc",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// The day a dateline in `text[line]` (one line, trimmed) states.
    package static func date(in text: [UInt8], line: Range<Int>) -> String? {
        guard !line.isEmpty else { return nil }
        let scanner = DateScanner(text: text, end: line.upperBound)
        let lastStart = min(line.upperBound, line.lowerBound + maxLeadBytes)
        for start in line.lowerBound..<lastStart
        where start == line.lowerBound || !DateFinder.isAlphanumeric(text[start - 1]) || gluedAfterLetters(text, start) {
            guard let found = scanner.date(at: start) else { continue }
            if isLead(text, line.lowerBound..<start), isRest(text, found.end..<line.upperBound) { return found.day }
        }
        return nil
    }

    /// A number right after letters starts a date only in a glued dateline
    /// ("Updated24.07.2016"); a letter never does ("Jun" in "Junta").
    private static func gluedAfterLetters(_ text: [UInt8], _ start: Int) -> Bool {
        TextBytes.isDigit(text[start]) && TextBytes.isLetter(text[start - 1])
    }

    /// Nothing, label words (with times and punctuation), a byline or place
    /// ended by a separator, or a place in capitals and a comma ("KYIV,").
    package static func isLead(_ text: [UInt8], _ lead: Range<Int>) -> Bool {
        let trimmed = TextBytes.trimmed(text, lead)
        guard let lastByte = trimmed.last.map({ text[$0] }) else { return true }
        var words: [String] = []
        var word: [UInt8] = []
        for index in trimmed where !TextBytes.isWhitespace(text[index]) || !word.isEmpty {
            let byte = text[index]
            if TextBytes.isLetter(byte) {
                word.append(TextBytes.lowercased(byte))
                if index + 1 < trimmed.upperBound, TextBytes.isLetter(text[index + 1]) { continue }
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll()
            }
        }
        // "On" alone opens sentences ("On February 24, 2022 Russia…"), not datelines.
        if words.first == "on", words.count == 1 { return false }
        if words.allSatisfy(labels.contains) { return true }
        if separators.contains(lastByte) || endsWithDash(text, trimmed) { return true }
        let capitals = text[trimmed].allSatisfy { !TextBytes.isLetter($0) || ($0 >= 0x41 && $0 <= 0x5A) }
        return lastByte == UInt8(ascii: ",") && capitals && words.count <= 3
    }

    /// Short, not a sentence; or a wire dateline's "(Reuters) -" or a bar,
    /// after which the story runs on.
    package static func isRest(_ text: [UInt8], _ rest: Range<Int>) -> Bool {
        let trimmed = TextBytes.trimmed(text, rest)
        guard let first = trimmed.first.map({ text[$0] }) else { return true }
        if separators.contains(first) || startsWithDash(text, trimmed) { return true }
        if first == UInt8(ascii: "("), let close = text[trimmed].firstIndex(of: UInt8(ascii: ")")) {
            let after = TextBytes.trimmed(text, (close + 1)..<trimmed.upperBound)
            if after.isEmpty || startsWithDash(text, after) || separators.contains(text[after.lowerBound]) { return true }
        }
        guard trimmed.count <= maxRestBytes else { return false }
        let last = text[trimmed.upperBound - 1]
        let endsSentence = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        let words = text[trimmed].split(separator: TextBytes.space).count
        return !(endsSentence && words >= 3)
    }

    private static let separators: Set<UInt8> = [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: "/")]
    private static let emDash: [UInt8] = Array("—".utf8), enDash: [UInt8] = Array("–".utf8)
    private static let bullets: [[UInt8]] = [Array("•".utf8), Array("·".utf8)]

    private static func startsWithDash(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        ([emDash, enDash] + bullets).contains { text[range].starts(with: $0) }
    }

    private static func endsWithDash(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        ([emDash, enDash] + bullets).contains { mark in
            range.count >= mark.count && text[(range.upperBound - mark.count)..<range.upperBound].elementsEqual(mark)
        }
    }
}
