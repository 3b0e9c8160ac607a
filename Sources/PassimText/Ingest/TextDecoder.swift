/// Text decoded from a file's bytes, with the way back to them.
package struct DecodedText {
    /// UTF-8; control characters other than tab and line breaks became spaces.
    package var text: [UInt8]
    /// Text offsets to file offsets and lines.
    package var sourceMap: SourceMap
    package var encoding: TextEncoding
}

/// Turns a file's bytes into UTF-8 text: UTF-8 as is (without a BOM), anything
/// else as Windows-1252, the encoding of most non-UTF-8 Western news text.
package enum TextDecoder {
    /// How much of the start of a file the binary test looks at.
    package static let sniffBytes = 8192
    /// Anchors are added at least this often (at a line start) so that a
    /// line lookup never rescans a whole large file.
    package static let checkpointBytes = 16384

    /// Decodes `bytes`; `path` names the file in errors. A `truncated` file may
    /// end inside a UTF-8 character, which is dropped rather than taken as a
    /// sign of another encoding.
    package static func decode(_ fileBytes: [UInt8], path: String, truncated: Bool = false) throws(IngestError) -> DecodedText {
        let bytes = LineEnds.loneCarriageReturnsAsNewlines(fileBytes)
        if let wide = wideEncoding(of: bytes) { throw .unsupportedEncoding(path: path, encoding: wide) }
        if let reason = binaryEvidence(in: bytes) { throw .binary(path: path, reason: reason) }

        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let start = hasBOM ? 3 : 0
        var end = bytes.count
        if truncated { end = UTF8Text.completeEnd(bytes, start..<end) }

        if let text = UTF8Text.cleaned(bytes, start..<end) {
            return DecodedText(text: text.bytes, sourceMap: text.sourceMap, encoding: .utf8)
        }
        let text = Windows1252.decode(bytes, start..<bytes.count)
        return DecodedText(text: text.bytes, sourceMap: text.sourceMap, encoding: .windows1252)
    }

    /// "UTF-16" or "UTF-32" when the file starts with that byte order mark.
    package static func wideEncoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// Why the start of `bytes` looks binary, or nil when it looks like text:
    /// any NUL byte, or more than one byte in ten a control character.
    package static func binaryEvidence(in bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(sniffBytes)
        var controls = 0
        for byte in sample {
            if byte == 0 { return "NUL bytes" }
            if isControl(byte) { controls += 1 }
        }
        return controls * 10 > sample.count ? "control characters" : nil
    }

    /// ASCII control characters that are not tab, line breaks or form feed.
    @inline(__always)
    package static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) || byte == 0x7F
    }
}

/// A decoded text and its source map, built in one pass.
package struct MappedBytes {
    package var bytes: [UInt8]
    package var sourceMap: SourceMap
}

/// UTF-8 validation in one byte loop.
package enum UTF8Text {
    /// `bytes[range]` with control characters (C0 other than tab and line
    /// breaks, DEL, C1) replaced by spaces of the same length, or nil when the
    /// bytes are not valid UTF-8. The map shifts by `range.lowerBound` (a BOM).
    package static func cleaned(_ bytes: [UInt8], _ range: Range<Int>) -> MappedBytes? {
        var text = Array(bytes[range])
        let shift = range.lowerBound
        var map = SourceMap(anchors: [SourceMap.Anchor(textOffset: 0, fileOffset: shift, line: 1)])
        let valid = text.withUnsafeMutableBufferPointer { buffer -> Bool in
            let count = buffer.count
            var index = 0
            var line = 1
            var lastAnchor = 0
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte == TextBytes.newline {
                        line += 1
                        if index + 1 - lastAnchor >= TextDecoder.checkpointBytes {
                            lastAnchor = index + 1
                            map.append(SourceMap.Anchor(textOffset: lastAnchor, fileOffset: lastAnchor + shift, line: line))
                        }
                    } else if TextDecoder.isControl(byte) {
                        buffer[index] = TextBytes.space
                    }
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length == 0 { return false }
                // C1 controls (U+0080–U+009F) are two bytes C2 80…C2 9F.
                if byte == 0xC2, buffer[index + 1] < 0xA0 {
                    buffer[index] = TextBytes.space
                    buffer[index + 1] = TextBytes.space
                }
                index += length
            }
            return true
        }
        return valid ? MappedBytes(bytes: text, sourceMap: map) : nil
    }

    /// The length of the well-formed UTF-8 sequence starting with a non-ASCII
    /// byte at `index`, or 0 when it is malformed (overlong, surrogate, beyond
    /// U+10FFFF, cut short).
    @inline(__always)
    package static func sequenceLength(_ buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let available = buffer.count - index
        @inline(__always) func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            offset < available && buffer[index + offset] >= low && buffer[index + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0...0xEF:
            let second = lead == 0xE0 ? continuation(1, 0xA0) : lead == 0xED ? continuation(1, 0x80, 0x9F) : continuation(1)
            return second && continuation(2) ? 3 : 0
        case 0xF0...0xF4:
            let second = lead == 0xF0 ? continuation(1, 0x90) : lead == 0xF4 ? continuation(1, 0x80, 0x8F) : continuation(1)
            return second && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// The end of `range` without a UTF-8 character cut off at its end.
    package static func completeEnd(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var lead = range.upperBound
        while lead > range.lowerBound, lead > range.upperBound - 4, !TextBytes.startsCharacter(bytes[lead - 1]) {
            lead -= 1
        }
        guard lead > range.lowerBound, lead > range.upperBound - 4 else { return range.upperBound }
        let first = bytes[lead - 1]
        let needed = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        return range.upperBound - (lead - 1) < needed ? lead - 1 : range.upperBound
    }
}
