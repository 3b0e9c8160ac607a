/// Finds the paragraphs of extracted text, the unit passages are made of.
package enum Paragraphs {
    /// Byte ranges of the paragraphs of `text`: blocks separated by blank lines (lines of only white space);
    /// also, as in newswire (Reuters), a line that starts indented (2+ spaces or a tab) after a non-indented,
    /// non-blank line starts a new paragraph — but consecutive indented lines (code, quotes) stay together.
    /// Ranges exclude surrounding white space; empty paragraphs are dropped.
    package static func ranges(in text: [UInt8]) -> [Range<Int>] {
        text.withUnsafeBufferPointer { ranges(in: ProseBytes($0)) }
    }

    private enum LineKind { case blank, flush, indented }

    package static func ranges(in text: ProseBytes) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var paragraphStart = -1
        var paragraphEnd = -1
        var previous = LineKind.blank
        var i = 0
        while i < text.count {
            // One line: its indentation, where its content starts and ends, and where the next begins.
            var indentation = 0
            while i < text.count, text[i] != UInt8(ascii: "\n"), text[i] != UInt8(ascii: "\r") {
                let width = text.whiteSpaceWidth(at: i)
                if width == 0 { break }
                indentation += text[i] == UInt8(ascii: "\t") ? 2 : 1
                i += width
            }
            let contentStart = i
            while i < text.count, text[i] != UInt8(ascii: "\n"), text[i] != UInt8(ascii: "\r") { i += 1 }
            let contentEnd = text.trimmingWhiteSpace(before: i, from: contentStart)
            if i < text.count {  // LF, CRLF, or a bare CR from old Mac files
                i += text[i] == UInt8(ascii: "\r") && i + 1 < text.count && text[i + 1] == UInt8(ascii: "\n") ? 2 : 1
            }

            if contentStart == contentEnd {
                if paragraphStart >= 0 { paragraphs.append(paragraphStart..<paragraphEnd) }
                paragraphStart = -1
                previous = .blank
                continue
            }
            let kind: LineKind = indentation >= 2 ? .indented : .flush
            if kind == .indented, previous == .flush, paragraphStart >= 0 {
                paragraphs.append(paragraphStart..<paragraphEnd)
                paragraphStart = -1
            }
            if paragraphStart < 0 { paragraphStart = contentStart }
            paragraphEnd = contentEnd
            previous = kind
        }
        if paragraphStart >= 0 { paragraphs.append(paragraphStart..<paragraphEnd) }
        return paragraphs
    }
}
