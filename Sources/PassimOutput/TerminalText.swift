import PassimSupport

/// Text for a terminal: control characters shown, never obeyed, so a
/// hostile file name or article cannot clear the screen, move the cursor or
/// retitle the window. C0 controls, DEL and C1 controls become `\xHH` (a
/// newline, return and tab `\n`, `\r`, `\t`), as do the bytes of a file name
/// that are not UTF-8; an ESC sequence thus shows as `\x1b[2J`. Machine
/// output (-0, --files off a terminal, JSON) keeps the exact bytes instead.
package enum TerminalText {
    /// `text` with its controls escaped; `keepingTabs` for running text.
    package static func escaped(_ text: String, keepingTabs: Bool = false) -> String {
        guard needsEscapes(text.utf8, keepingTabs: keepingTabs) else { return text }
        return escapedBytes(Array(text.utf8), keepingTabs: keepingTabs)
    }

    /// A path as the user should see it: its controls and its bytes that
    /// are not UTF-8 (see `PathText`) escaped.
    package static func path(_ path: String) -> String {
        let bytes = PathText.bytes(path)
        guard PathText.hasEscapes(path) || needsEscapes(bytes, keepingTabs: false) else { return path }
        return escapedBytes(bytes, keepingTabs: false)
    }

    /// Whether `byte` is shown as it is when it stands alone.
    static func isPlain(_ byte: UInt8, keepingTabs: Bool) -> Bool {
        byte >= 0x20 && byte != 0x7F || (keepingTabs && byte == 0x09)
    }

    /// Whether any byte is a control or part of a C1 control (C2 80–9F).
    private static func needsEscapes(_ bytes: some Sequence<UInt8>, keepingTabs: Bool) -> Bool {
        var afterC2 = false
        for byte in bytes {
            if !isPlain(byte, keepingTabs: keepingTabs) || (afterC2 && byte <= 0x9F) { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }

    private static func escapedBytes(_ bytes: [UInt8], keepingTabs: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        // One scalar at a time from `index`; an error stands for one bad byte.
        var index = 0
        while index < bytes.count {
            var one = bytes[index...].makeIterator()
            var decoder = UTF8()
            switch decoder.decode(&one) {
            case .scalarValue(let scalar):
                let length = String(scalar).utf8.count
                let value = scalar.value
                if value < 0x20 && !(keepingTabs && value == 0x09) || (0x7F...0x9F).contains(value) {
                    out += shown(UInt8(value))
                } else {
                    out += bytes[index..<(index + length)]
                }
                index += length
            case .error, .emptyInput:
                out += shown(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func shown(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case 0x0A: return Array("\\n".utf8)
        case 0x0D: return Array("\\r".utf8)
        case 0x09: return Array("\\t".utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            return Array("\\x".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
}
