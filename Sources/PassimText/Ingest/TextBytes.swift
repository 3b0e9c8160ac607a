/// Byte-level questions the ingest stage asks of UTF-8 text; ASCII only, so
/// they never split a multi-byte character.
package enum TextBytes {
    package static let space = UInt8(ascii: " ")
    package static let tab = UInt8(ascii: "\t")
    package static let newline = UInt8(ascii: "\n")
    package static let carriageReturn = UInt8(ascii: "\r")

    /// Space, tab, line breaks, vertical tab and form feed.
    @inline(__always)
    package static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always)
    package static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    package static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    package static func lowercased(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }

    /// True for bytes that start a character (not UTF-8 continuation bytes).
    @inline(__always)
    package static func startsCharacter(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    /// `bytes[range]` equals `word`, ignoring ASCII case.
    package static func equalsIgnoringCase(_ bytes: [UInt8], _ range: Range<Int>, _ word: String) -> Bool {
        var index = range.lowerBound
        for byte in word.utf8 {
            guard index < range.upperBound, lowercased(bytes[index]) == lowercased(byte) else { return false }
            index += 1
        }
        return index == range.upperBound
    }

    /// `range` without white space at either end.
    package static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high, isWhitespace(bytes[low]) { low += 1 }
        while high > low, isWhitespace(bytes[high - 1]) { high -= 1 }
        return low..<high
    }

    /// True when `bytes` hold nothing but white space.
    package static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy(isWhitespace)
    }

    /// The words of `bytes[range]` joined by single spaces.
    package static func collapsingWhitespace(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        for index in range {
            let byte = bytes[index]
            if isWhitespace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(space); pendingSpace = false }
                out.append(byte)
            }
        }
        return out
    }
}
