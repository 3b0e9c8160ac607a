import PassimText
/// The form in which words are compared: lower case (ASCII, Latin-1 and
/// Cyrillic capitals), typographic apostrophes, hyphens, dashes and double
/// quotes as their ASCII forms (as newswire training data writes them).
package enum TokenFold {
    /// Appends the folded form of `text[range]` to `out`.
    package static func fold(_ text: ProseBytes, _ range: Range<Int>, into out: inout [UInt8]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let byte = text[i]
            if byte < 0x80 {
                out.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                i += 1
                continue
            }
            if i + 1 < end {
                let next = text[i + 1]
                switch byte {
                case 0xC3 where next >= 0x80 && next <= 0x9E && next != 0x97:  // À–Þ
                    out.append(0xC3)
                    out.append(next + 0x20)
                    i += 2
                    continue
                case 0xD0 where next >= 0x90 && next <= 0x9F:  // А–П
                    out.append(0xD0)
                    out.append(next + 0x20)
                    i += 2
                    continue
                case 0xD0 where next >= 0xA0 && next <= 0xAF:  // Р–Я
                    out.append(0xD1)
                    out.append(next - 0x20)
                    i += 2
                    continue
                case 0xE2 where next == 0x80 && i + 2 < end:
                    let third = text[i + 2]
                    if third == 0x98 || third == 0x99 {  // ‘ ’
                        out.append(UInt8(ascii: "'"))
                        i += 3
                        continue
                    }
                    if third >= 0x90 && third <= 0x94 {  // ‐ ‑ ‒ – —
                        out.append(UInt8(ascii: "-"))
                        i += 3
                        continue
                    }
                    if third >= 0x9C && third <= 0x9F {  // “ ” „ ‟
                        out.append(UInt8(ascii: "\""))
                        i += 3
                        continue
                    }
                default:
                    break
                }
            }
            out.append(byte)
            i += 1
        }
    }

    /// The folded form of a string.
    package static func folded(_ string: String) -> [UInt8] {
        var bytes = Array(string.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeMutableBufferPointer { buffer in
            fold(ProseBytes(UnsafeBufferPointer(buffer)), 0..<buffer.count, into: &out)
        }
        bytes.removeAll()
        return out
    }

    /// FNV-1a of `bytes`, continuing from `seed` (a running hash of a token sequence).
    @inline(__always)
    package static func hash(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The running hash of a token sequence extended by one token's hash.
    @inline(__always)
    package static func extend(_ sequence: UInt64, with token: UInt64) -> UInt64 {
        var h = (sequence ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h ^= token
        h = (h ^ (h >> 31)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }
}
