import PassimText
/// A mistake in a gazetteer file, on one line: "places.tsv:12: unknown kind `plase`…".
package struct GazetteerError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as it was given.
    package var file: String
    /// 1-based line, or 0 when the problem is the whole file.
    package var line: Int
    package var message: String

    package init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// One line of a gazetteer file, read and checked on its own (parents are
/// checked once every file is read).
package struct GazetteerLine {
    package var entity: Entity
    package var file: String
    package var line: Int
}

/// Reads the tab-separated gazetteer format of docs/gazetteer.md.
package enum GazetteerFile {
    package static let subkinds: [EntityKind: [String]] = [
        .actor: ["person", "organisation", "state"],
        .weapon: ["class", "system"],
        .place: ["country", "region", "city", "area"],
    ]

    /// Reads the file at `path`.
    package static func read(path: String) throws(GazetteerError) -> [GazetteerLine] {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(Array(path.utf8), shownAs: path, limit: 256 << 20).bytes
        } catch {
            throw GazetteerError(file: path, line: 0, message: "cannot read the gazetteer (\(error)); check the path")
        }
        return try parse(bytes, file: path)
    }

    /// The entities of a gazetteer file's bytes; `file` names it in errors.
    package static func parse(_ bytes: [UInt8], file: String) throws(GazetteerError) -> [GazetteerLine] {
        var lines: [GazetteerLine] = []
        var lineNumber = 0
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            let line = bytes[start..<contentEnd]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
            guard String(validating: line, as: UTF8.self) != nil else {
                throw GazetteerError(file: file, line: lineNumber, message: "not valid UTF-8; save the file as UTF-8")
            }
            let entity = try parseLine(line, file: file, line: lineNumber)
            lines.append(GazetteerLine(entity: entity, file: file, line: lineNumber))
        }
        return lines
    }

    private static func parseLine(_ bytes: ArraySlice<UInt8>, file: String, line: Int) throws(GazetteerError) -> Entity {
        func fail(_ message: String) -> GazetteerError { GazetteerError(file: file, line: line, message: message) }
        // Bytes, not Characters: a few MB of gazetteer load in milliseconds.
        let fields = bytes.split(separator: 0x09, omittingEmptySubsequences: false).map(trimmed)
        guard fields.count >= 4 else {
            throw fail("expected at least 4 tab-separated fields (id, kind, subkind, name), found \(fields.count); separate fields with tabs")
        }
        let id = fields[0]
        guard isValidID(id) else {
            throw fail("bad id `\(id)`: use lower-case letters, digits and single `-` between words (`kim-jong-un`)")
        }
        guard let kind = EntityKind(rawValue: fields[1]) else {
            throw fail("unknown kind `\(fields[1])` for `\(id)`: expected actor, weapon or place")
        }
        let allowed = subkinds[kind] ?? []
        guard allowed.contains(fields[2]) else {
            throw fail("unknown subkind `\(fields[2])` for \(kind.rawValue) `\(id)`: expected \(allowed.joined(separator: ", "))")
        }
        let name = fields[3]
        guard !name.isEmpty else { throw fail("`\(id)` has no name; the fourth field is its display name") }
        guard name.utf8.contains(where: { $0 &- 0x30 < 10 || ($0 | 0x20) &- 0x61 < 26 || $0 >= 0x80 }) else {
            throw fail("the name `\(name)` of `\(id)` has no letter or digit to match")
        }
        var aliases: [String] = []
        if fields.count > 4, !fields[4].isEmpty {
            for alias in Array(fields[4].utf8).split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: true) {
                let alias = trimmed(alias)
                if !alias.isEmpty { aliases.append(alias) }
            }
        }
        let parent = fields.count > 5 && !fields[5].isEmpty ? fields[5] : nil
        if let parent {
            guard isValidID(parent) else { throw fail("bad parent id `\(parent)` for `\(id)`") }
            guard parent != id else { throw fail("`\(id)` names itself as its parent") }
        }
        let isCapital = try capitalFlag(fields.count > 7 ? fields[7] : "", id: id, kind: kind, subkind: fields[2], fail: fail)
        return Entity(id: id, kind: kind, subkind: fields[2], name: name, aliases: aliases, parent: parent,
                      isCapital: isCapital)
    }

    /// The eighth field's flags, separated by `|`: `capital` marks a city that is its country's seat of government.
    private static func capitalFlag(_ field: String, id: String, kind: EntityKind, subkind: String,
                                    fail: (String) -> GazetteerError) throws(GazetteerError) -> Bool {
        var isCapital = false
        for flag in Array(field.utf8).split(separator: UInt8(ascii: "|")).map(trimmed) where !flag.isEmpty {
            guard flag == "capital" else { throw fail("unknown flag `\(flag)` for `\(id)`: the eighth field may only say `capital`") }
            guard kind == .place, subkind == "city" else { throw fail("`\(id)` is flagged `capital` but is no city; only a place of subkind city can be a capital") }
            isCapital = true
        }
        return isCapital
    }

    /// Lower-case ASCII letters and digits in words joined by single `-` (a `.` is allowed too: `u.s.-army` no, `9.11` yes).
    package static func isValidID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        func isAlnum(_ b: UInt8) -> Bool { b &- 0x30 < 10 || b &- 0x61 < 26 }
        guard isAlnum(first), isAlnum(last) else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if isAlnum(byte) {
                previous = byte
                continue
            }
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."), isAlnum(previous) else { return false }
            previous = byte
        }
        return true
    }
}

extension GazetteerFile {
    /// The field without leading and trailing spaces (ASCII and no-break), as a String.
    package static func trimmed(_ field: ArraySlice<UInt8>) -> String {
        var start = field.startIndex, end = field.endIndex
        while true {
            if start < end, field[start] == 0x20 { start += 1; continue }
            if start + 1 < end, field[start] == 0xC2, field[start + 1] == 0xA0 { start += 2; continue }
            break
        }
        while true {
            if end > start, field[end - 1] == 0x20 { end -= 1; continue }
            if end - 1 > start, field[end - 2] == 0xC2, field[end - 1] == 0xA0 { end -= 2; continue }
            break
        }
        return String(decoding: field[start..<end], as: UTF8.self)
    }
}
