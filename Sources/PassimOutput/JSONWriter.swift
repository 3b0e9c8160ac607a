import PassimSupport
/// A minimal JSON object writer: keys in the order written, strings escaped
/// per RFC 8259. One object per line makes NDJSON.
package struct JSONObject {
    private var out = "{"
    private var first = true

    private mutating func key(_ k: String) {
        if !first { out += "," }
        first = false
        out += "\"" + k + "\":"
    }

    package mutating func add(_ k: String, _ value: String) { key(k); out += Self.quoted(value) }
    package mutating func add(_ k: String, _ value: String?) {
        key(k)
        out += value.map(Self.quoted) ?? "null"
    }
    package mutating func add(_ k: String, _ value: Int) { key(k); out += String(value) }
    package mutating func add(_ k: String, _ value: Int?) { key(k); out += value.map { String($0) } ?? "null" }
    package mutating func add(_ k: String, _ value: Double) {
        key(k)
        out += value.isFinite ? String((value * 1_000_000).rounded() / 1_000_000) : "null"
    }
    package mutating func add(_ k: String, ranges: [Range<Int>]) {
        key(k)
        out += "[" + ranges.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
    }
    package mutating func addRaw(_ k: String, _ json: String) { key(k); out += json }

    package var text: String { out + "}" }

    package static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 8)
        let hex = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes += [0x5c, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5c, 0x5c]
            case 0x0a: bytes += [0x5c, UInt8(ascii: "n")]
            case 0x0d: bytes += [0x5c, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5c, UInt8(ascii: "t")]
            case 0..<0x20, 0x7f:
                bytes += [0x5c, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xf)]]
            default: bytes.append(b)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
        return out + "\""
    }
}

extension JSONObject {
    /// `path`, and when the name is not UTF-8 (JSON strings must be), also
    /// `path_bytes`: the exact bytes in base64, for a program to open it.
    /// `path` then shows each such byte as U+FFFD.
    package mutating func add(path: String) {
        let bytes = PathText.bytes(path)
        guard PathText.hasEscapes(path) else { return add("path", path) }
        add("path", String(decoding: bytes, as: UTF8.self))
        add("path_bytes", Base64.encode(bytes))
    }
}

/// RFC 4648 base64, with padding.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[Int(value >> (18 - 6 * UInt32(position)) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
