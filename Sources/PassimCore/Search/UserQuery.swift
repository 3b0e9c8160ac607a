import Xapian

/// Turns what the user typed into a Xapian query with Xapian's QueryParser:
/// phrases, AND/OR/NOT, +/-, NEAR, wildcards (capped), and fields.
public enum UserQuery {
    /// Free-text fields: `title:word`.
    static let textFields = [("title", IndexSchema.titlePrefix)]
    /// Filters that restrict without ranking: `folder:business`.
    static let filterFields = [("folder", IndexSchema.folderPrefix)]

    static let flags: QueryParser.Flags = [.boolean, .phrase, .loveHate, .wildcard, .pureNot, .spellingCorrection]

    /// Parses `text`. A syntax error throws; the query is never rewritten.
    /// Also returns Xapian's spelling correction of the text, if it has one,
    /// for the caller to offer when the query finds little.
    static func parse(_ text: String, database: Database) throws(PassimError) -> (query: Query, correction: String?) {
        let trimmed = text.trimmingWhiteSpace()
        guard !trimmed.isEmpty else { throw PassimError.usage("the query is empty; give some words to search for") }
        do {
            // Stem every word, phrases included, so "ballistic missile" finds
            // "ballistic missiles": the index keeps positions on stemmed terms.
            let parser = try QueryParser(database: database, language: IndexSchema.language, stemming: .allZ)
            for (field, prefix) in textFields { try parser.addPrefix(field: field, prefix: prefix, boolean: false) }
            for (field, prefix) in filterFields { try parser.addPrefix(field: field, prefix: prefix, boolean: true) }
            try parser.setWildcardLimit(Tuning.wildcardLimit)
            let query = try parser.parse(widenNear(trimmed), flags: flags)
            if query.isEmpty {
                throw PassimError.usage("the query `\(trimmed)` has no words to search for")
            }
            return (query, try parser.correctedQuery())
        } catch let error as XapianError where error.kind == .querySyntax {
            throw PassimError.querySyntax(query: trimmed, detail: error.message)
        } catch let error as XapianError {
            throw PassimError.index(path: "", detail: error.message)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.usage("\(error)")
        }
    }
}

extension UserQuery {
    /// Xapian's bare NEAR and ADJ look within 10 words, too tight for news
    /// prose ("Mr Budanov says shipments that began in late 2022 have reached
    /// 2.8m shells"); Passim's look within `Tuning.nearWindow`. Written-out
    /// NEAR/n and ADJ/n, and text inside quotes, are left alone.
    static func widenNear(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let operators = [Array("NEAR".utf8), Array("ADJ".utf8)]
        let widened = Array("/\(Tuning.nearWindow)".utf8)
        func isBoundary(_ j: Int) -> Bool {
            j < 0 || j >= bytes.count || bytes[j] <= 0x20 || bytes[j] == UInt8(ascii: "(") || bytes[j] == UInt8(ascii: ")")
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var inQuotes = false
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, isBoundary(i - 1),
               let op = operators.first(where: { bytes[i...].starts(with: $0) && isBoundary(i + $0.count) }) {
                out += op + widened
                i += op.count
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func trimmingWhiteSpace() -> String {
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0d) }
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
