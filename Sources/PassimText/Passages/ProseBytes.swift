/// Extracted text as UTF-8 bytes, with the questions the Passages stage asks
/// of it: white space, capitals, digits, quotes and sentence-ending marks.
/// Bytes rather than Characters, because iterating Characters is ~20× slower.
package struct ProseBytes {
    package let bytes: UnsafeBufferPointer<UInt8>

    package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    package var count: Int { bytes.count }

    @inline(__always)
    package subscript(_ index: Int) -> UInt8 { bytes[index] }

    /// 1 for ASCII space, tab, LF, VT, FF or CR; 2 for a no-break space
    /// (C2 A0), which scraped pages use between words; otherwise 0.
    @inline(__always)
    package func whiteSpaceWidth(at i: Int) -> Int {
        let byte = bytes[i]
        if byte > 0x20 {  // most bytes: settle them in two comparisons
            return byte == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 ? 2 : 0
        }
        return byte == 0x20 || byte &- 0x09 < 5 ? 1 : 0
    }

    /// The first offset at or after `i`, and before `end`, that is not white space.
    @inline(__always)
    package func skippingWhiteSpace(from i: Int, to end: Int) -> Int {
        var i = i
        while i < end {
            let width = whiteSpaceWidth(at: i)
            if width == 0 { break }
            i += width
        }
        return min(i, end)
    }

    /// The offset just after the last byte before `i`, and not before `start`,
    /// that is not white space.
    @inline(__always)
    package func trimmingWhiteSpace(before i: Int, from start: Int) -> Int {
        var i = i
        while i > start {
            let byte = bytes[i - 1]
            if byte == 0x20 || byte &- 0x09 < 5 {
                i -= 1
            } else if byte == 0xA0, i - 2 >= start, bytes[i - 2] == 0xC2 {
                i -= 2
            } else {
                break
            }
        }
        return i
    }

    @inline(__always)
    package func isDigit(at i: Int) -> Bool { bytes[i] &- 0x30 < 10 }

    /// The width of the upper-case letter at `i`, or 0: ASCII A–Z and the
    /// capitals of Latin-1, Latin Extended-A, Greek and Cyrillic.
    @inline(__always)
    package func capitalWidth(at i: Int) -> Int {
        let lead = bytes[i]
        if lead &- 0x41 < 26 { return 1 }
        guard lead >= 0xC3, lead <= 0xD0, i + 1 < bytes.count else { return 0 }
        let next = bytes[i + 1]
        guard next & 0xC0 == 0x80 else { return 0 }
        let scalar = UInt32(lead & 0x1F) << 6 | UInt32(next & 0x3F)
        switch scalar {
        case 0xC0...0xDE: return scalar == 0xD7 ? 0 : 2  // À–Þ, but not ×
        case 0x100...0x137, 0x14A...0x177: return scalar & 1 == 0 ? 2 : 0  // Ā ā … capitals on even code points
        case 0x139...0x148, 0x179...0x17E: return scalar & 1 == 1 ? 2 : 0  // Ĺ ĺ … and Ź ź … on odd ones
        case 0x178: return 2  // Ÿ
        case 0x391...0x3A9: return scalar == 0x3A2 ? 0 : 2  // Α–Ω
        case 0x400...0x42F: return 2  // Ѐ–Я
        default: return 0
        }
    }

    /// The width of a mark that can end a sentence at `i` — . ! ? or … — or 0.
    @inline(__always)
    package func sentenceEndWidth(at i: Int) -> Int {
        switch bytes[i] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return 1
        case 0xE2: return punctuation(at: i) == 0xA6 ? 3 : 0
        default: return 0
        }
    }

    /// The width of a closing quote or bracket at `i` — " ' ) ] ” ’ » › — or 0.
    @inline(__always)
    package func closingMarkWidth(at i: Int) -> Int {
        switch bytes[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0xBB ? 2 : 0
        case 0xE2:
            switch punctuation(at: i) {
            case 0x9D, 0x99, 0xBA: return 3
            default: return 0
            }
        default: return 0
        }
    }

    /// The width of an opening quote or bracket at `i` — " ' ( [ “ ‘ « ‹ — or 0.
    @inline(__always)
    package func openingMarkWidth(at i: Int) -> Int {
        switch bytes[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["): return 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0xAB ? 2 : 0
        case 0xE2:
            switch punctuation(at: i) {
            case 0x9C, 0x98, 0xB9: return 3
            default: return 0
            }
        default: return 0
        }
    }

    /// The last byte of a General Punctuation character (E2 80 xx) at `i`, or 0.
    @inline(__always)
    private func punctuation(at i: Int) -> UInt8 {
        guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return 0 }
        return bytes[i + 2]
    }
}
