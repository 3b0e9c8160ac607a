/// File names as Strings without losing a byte. Linux names are bytes and
/// need not be UTF-8; a plain `String(decoding:)` turns each bad byte into
/// U+FFFD and the name can no longer be opened or handed to `xargs -0`.
///
/// Here each byte that is not part of valid UTF-8 becomes one code point of
/// the last 256 of plane 16 (U+10FF00 + byte, private use, unassigned), so
/// a name that is valid UTF-8 is its own text, unchanged, and any other
/// comes back byte for byte. A real name holding one of those 256 code
/// points has its bytes escaped the same way, so the mapping is exact.
package enum PathText {
    static let escapeBase: UInt32 = 0x10FF00

    /// The text standing for the name `bytes`.
    package static func text(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        guard !needsEscapes(bytes) else { return escaped(bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The name's bytes, exactly as the file system gave them.
    package static func bytes(_ text: String) -> [UInt8] {
        guard text.unicodeScalars.contains(where: isEscape) else { return Array(text.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isEscape(scalar) { out.append(UInt8(scalar.value - escapeBase)) } else { out += String(scalar).utf8 }
        }
        return out
    }

    /// Whether the name was not valid UTF-8 (its text holds escapes).
    package static func hasEscapes(_ text: String) -> Bool { text.unicodeScalars.contains(where: isEscape) }

    /// For a terminal: control characters (C0, DEL, C1: ESC sequences would
    /// move the cursor or retitle the window) and bytes that were not UTF-8
    /// shown as `\xHH` (a newline, return or tab as `\n`, `\r`, `\t`).
    package static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isEscape($0) || isControl($0) }) else { return text }
        let hex = Array("0123456789abcdef")
        var out = ""
        for scalar in text.unicodeScalars {
            let byte: UInt32? = isEscape(scalar) ? scalar.value - escapeBase : isControl(scalar) ? scalar.value : nil
            guard let byte else { out.unicodeScalars.append(scalar); continue }
            if let named = ["\n": "\\n", "\r": "\\r", "\t": "\\t"][Character(scalar)], !isEscape(scalar) {
                out += named
            } else if byte > 0xFF { out += "\\u{\(String(byte, radix: 16))}" } else { out += "\\x\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])" }
        }
        return out
    }

    static func isEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= escapeBase }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func needsEscapes(_ bytes: [UInt8]) -> Bool {
        // Valid UTF-8 decodes to as many bytes as it had; U+10FFxx starts F4 8F BC..BF.
        if bytes.allSatisfy({ $0 < 0x80 }) { return false }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if isEscape(scalar) { return true }
            case .emptyInput: return false
            case .error: return true
            }
        }
    }

    private static func escaped(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let length = validScalarLength(bytes, at: index)
            if length > 0, let scalar = String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars.first,
               !isEscape(scalar) {
                out.append(scalar)
                index += length
            } else {
                out.append(Unicode.Scalar(escapeBase + UInt32(bytes[index]))!)
                index += 1
            }
        }
        return String(out)
    }

    /// The length of the well-formed UTF-8 sequence at `index`, 0 when there is none.
    private static func validScalarLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        var iterator = bytes[index..<(index + length)].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue = decoder.decode(&iterator), iterator.next() == nil else { return 0 }
        return length
    }
}
