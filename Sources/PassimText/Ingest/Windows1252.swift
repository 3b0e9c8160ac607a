/// Decoding of Windows-1252, which is Latin-1 except for 0x80–0x9F.
package enum Windows1252 {
    /// Code points of 0x80–0x9F; the five bytes the code page leaves undefined
    /// read as U+FFFD.
    package static let highControls: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// `bytes[range]` as UTF-8, control characters as spaces. Every non-ASCII
    /// byte grows to two or three, so an anchor follows each one.
    package static func decode(_ bytes: [UInt8], _ range: Range<Int>) -> MappedBytes {
        var text: [UInt8] = []
        text.reserveCapacity(range.count + range.count / 8)
        var map = SourceMap(anchors: [SourceMap.Anchor(textOffset: 0, fileOffset: range.lowerBound, line: 1)])
        var line = 1
        var lastAnchor = 0
        bytes.withUnsafeBufferPointer { buffer in
            for index in range {
                let byte = buffer[index]
                if byte < 0x80 {
                    text.append(TextDecoder.isControl(byte) ? TextBytes.space : byte)
                    if byte == TextBytes.newline {
                        line += 1
                        if text.count - lastAnchor >= TextDecoder.checkpointBytes {
                            lastAnchor = text.count
                            map.append(SourceMap.Anchor(textOffset: text.count, fileOffset: index + 1, line: line))
                        }
                    }
                    continue
                }
                let scalar = byte < 0xA0 ? UInt32(highControls[Int(byte - 0x80)]) : UInt32(byte)
                if scalar < 0x800 {
                    text.append(UInt8(0xC0 | scalar >> 6))
                } else {
                    text.append(UInt8(0xE0 | scalar >> 12))
                    text.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                }
                text.append(UInt8(0x80 | scalar & 0x3F))
                lastAnchor = text.count
                map.append(SourceMap.Anchor(textOffset: text.count, fileOffset: index + 1, line: line))
            }
        }
        return MappedBytes(bytes: text, sourceMap: map)
    }
}
