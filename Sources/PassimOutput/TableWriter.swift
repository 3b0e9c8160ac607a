/// Rows for spreadsheets and other tools: CSV (RFC 4180 quoting, lines ending in LF: fields with a
/// comma, quote or line break are quoted, quotes doubled) or TSV (tabs and
/// line breaks inside a field become spaces, as TSV has no quoting).
package struct TableWriter: Sendable {
    package enum Format: String, Sendable, CaseIterable { case csv, tsv }

    package let format: Format

    package init(_ format: Format) { self.format = format }

    package func row(_ fields: [String]) -> String {
        switch format {
        case .csv: fields.map(Self.csvField).joined(separator: ",") + "\n"
        case .tsv: fields.map(Self.tsvField).joined(separator: "\t") + "\n"
        }
    }

    static func csvField(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    static func tsvField(_ field: String) -> String {
        String(decoding: field.utf8.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}

extension String {
    /// Every `target` replaced, on UTF-8 bytes (no Foundation).
    package func replacingAll(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8), pin = Array(target.utf8), with = Array(replacement.utf8)
        guard !pin.isEmpty else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == pin[0], i + pin.count <= bytes.count, bytes[i..<(i + pin.count)].elementsEqual(pin) {
                out += with
                i += pin.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
