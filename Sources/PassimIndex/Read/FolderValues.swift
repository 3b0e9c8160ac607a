extension UserQuery {
    /// `folder:` values as a shell's tab completion writes them: a trailing
    /// "/" (and a leading "./") taken off, since folders are indexed without.
    /// `folder:syria-fakes/` then finds what `folder:syria-fakes` finds.
    package static func withFolderValuesTrimmed(_ text: String) -> String {
        let bytes = Array(text.utf8), field = Array("folder:".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let atField = i + field.count <= bytes.count
                && bytes[i..<(i + field.count)].map(lowercased).elementsEqual(field)
                && (i == 0 || !isWordByte(bytes[i - 1]))
            guard atField else {
                out.append(bytes[i])
                i += 1
                continue
            }
            out += bytes[i..<(i + field.count)]
            i += field.count
            if bytes[i...].starts(with: Array("./".utf8)) { i += 2 }
            var end = i
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                end += 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                var value = Array(bytes[(i + 1)..<min(end, bytes.count)])
                while value.count > 1, value.last == UInt8(ascii: "/") { value.removeLast() }
                out += [UInt8(ascii: "\"")] + value + (end < bytes.count ? [UInt8(ascii: "\"")] : [])
                i = min(bytes.count, end + 1)
                continue
            }
            while end < bytes.count, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: ")") { end += 1 }
            var value = Array(bytes[i..<end])
            while value.count > 1, value.last == UInt8(ascii: "/") { value.removeLast() }
            out += value
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func lowercased(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 97 && (b | 0x20) <= 122 || (b >= 48 && b <= 57) || b == UInt8(ascii: "_") || b >= 0x80
    }
}
