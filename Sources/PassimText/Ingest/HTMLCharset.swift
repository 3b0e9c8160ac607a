/// The charset an HTML page declares for itself, as `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
package enum HTMLCharset {
    /// Browsers look for the declaration in the first 1024 bytes; pages with
    /// long heads put it later, so look a little further.
    package static let prescanBytes = 4096

    /// The declared label, lowercased, or nil when the page declares none.
    package static func declared(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, prescanBytes)
        let key = Array("charset".utf8)
        var index = 0
        while index + key.count < end {
            guard TextBytes.equalsIgnoringCase(bytes, index..<(index + key.count), "charset") else {
                index += 1
                continue
            }
            var cursor = index + key.count
            while cursor < end, TextBytes.isWhitespace(bytes[cursor]) { cursor += 1 }
            guard cursor < end, bytes[cursor] == UInt8(ascii: "=") else {
                index = cursor
                continue
            }
            cursor += 1
            while cursor < end, TextBytes.isWhitespace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "\"")
                || bytes[cursor] == UInt8(ascii: "'") { cursor += 1 }
            var label: [UInt8] = []
            while cursor < end, isLabelByte(bytes[cursor]) {
                label.append(TextBytes.lowercased(bytes[cursor]))
                cursor += 1
            }
            if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
            index = cursor
        }
        return nil
    }

    /// The label libxml2 should convert a page from, or nil when Passim's own
    /// Windows-1252 decoding is right: for labels a browser reads as
    /// Windows-1252 (the WHATWG Encoding standard reads Latin-1 and ASCII
    /// pages so), for UTF-8 labels a page that is not UTF-8 wears by mistake,
    /// and for UTF-16 and UTF-32, which a meta tag cannot truly declare.
    package static func converterLabel(for declared: String) -> String? {
        switch declared {
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
             "iso_8859-1:1987", "latin1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1",
             "us-ascii", "ascii", "ansi_x3.4-1968", "utf-8", "utf8", "unicode-1-1-utf-8":
            return nil
        default:
            let wide = ["utf-16", "utf16", "utf-32", "utf32", "ucs-2", "ucs2", "ucs-4", "ucs4", "unicode"]
            return wide.contains(where: declared.hasPrefix) ? nil : declared
        }
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        TextBytes.isLetter(byte) || TextBytes.isDigit(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }
}
