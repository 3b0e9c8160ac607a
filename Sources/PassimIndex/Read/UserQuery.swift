import Xapian
import PassimEntities
import PassimSupport

/// A query ready to run, with what the user should hear about it.
package struct ParsedQuery {
    package var query: Query
    /// Xapian's spelling correction of the text, to offer when it finds little.
    package var correction: String?
    /// Notes for stderr, such as a wildcard that matched too many words.
    package var warnings: [String]
    /// For free text (no operators, quotes or fields): the stemmed terms of
    /// its content words, in the order typed; empty otherwise.
    package var freeTextTerms: [String] = []
    /// For free text: the content words as units a passage holds or misses.
    package var contentWords: ContentWords?
}

/// Turns what the user typed into a Xapian query with Xapian's QueryParser:
/// phrases, AND/OR/NOT, +/-, NEAR, wildcards (capped), and fields.
package enum UserQuery {
    /// Free-text fields: `title:word`.
    package static let textFields = [("title", IndexSchema.titlePrefix)]
    /// Filters that restrict without ranking: `folder:business`.
    package static let filterFields = [("folder", IndexSchema.folderPrefix)]

    /// Entity filters: `actor:budanov`, `weapon:missile`, `place:"Kursk region"`.
    package static let entityFields = EntityKind.allCases.map(\.rawValue)
    /// Date filters on the date slot: `date:2024`, `date:2024-10..2024-11`, `date:..2024-06`, `date:30d..`;
    /// `date:none` for the articles that state no date.
    package static let dateField = "date"

    /// Not Xapian's multi-word synonyms: for "General Zaluzhnyi" they make
    /// (general OR zaluzhnyi) one synonym of the entity, so that any passage
    /// with "general" counts as naming him. Names typed in several words are
    /// matched by `ContentWords` instead.
    package static let flags: QueryParser.Flags = [.boolean, .phrase, .loveHate, .wildcard, .pureNot, .autoSynonyms]

    /// Parses `text`. A syntax error throws; the query is never rewritten.
    /// With `spelling`, also asks Xapian for a correction (a lookup per word,
    /// so only done when a query found little).
    package static func parse(_ text: String, database: Database, spelling: Bool = false,
                              joining: Bool = true) throws(PassimError) -> ParsedQuery {
        var trimmed = text.trimmingWhiteSpace()
        var notes: [String] = []
        if joining, let joined = joiningEntityValues(trimmed, database: database) { (trimmed, notes) = joined }
        guard !trimmed.isEmpty else { throw PassimError.usage("the query is empty; give some words to search for") }
        let words = QueryWords(trimmed)
        let known = Set((textFields + filterFields).map(\.0) + entityFields + [dateField])
        if let field = words.fields.first(where: { !known.contains($0.lowercased()) }) {
            let list = known.sorted().map { $0 + ":" }.joined(separator: ", ")
            throw PassimError.usage("unknown field `\(field):` in the query; the fields are \(list)")
        }
        try QueryOperators.check(trimmed, fields: known)
        do {
            let parser = try makeParser(database, dates: words.fields.contains { $0.lowercased() == dateField })
            let query = try parser.parse(widenNear(undatedAsTerm(withFolderValuesTrimmed(trimmed))), flags: spelling ? flags.union(.spellingCorrection) : flags)
            if let bad = try parser.badRangeValues().first {
                throw PassimError.usage("`\(bad)` is not a date; write date:YYYY, date:YYYY-MM or date:YYYY-MM-DD, or a range such as date:2024-10..2024-11 (either end may be left open, either may be 30d, 6w, 3m or 1y back from today), or date:none")
            }
            let unknown = try parser.unknownFieldValues().map(unknownValueNote)
            if query.isEmpty, let note = unknown.first { throw PassimError.usage(note) }
            if query.isEmpty {
                throw PassimError.usage("the query `\(trimmed)` has no words to search for")
            }
            let warnings = notes + unknown + (try wildcardWarnings(words.wildcards, database))
            let correction = spelling ? try parser.correctedQuery() : nil
            var parsed = ParsedQuery(query: query, correction: correction, warnings: warnings)
            if words.isFreeText { try addContentWords(words.plain, to: &parsed, parser: parser, database: database) }
            return parsed
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

    /// Xapian's parser with Passim's fields, stopwords and wildcard limit;
    /// with `dates`, the date range field too.
    private static func makeParser(_ database: Database, dates: Bool) throws(XapianError) -> QueryParser {
        // Stem every word, phrases included, so "ballistic missile" finds
        // "ballistic missiles": the index keeps positions on stemmed terms.
        let parser = try QueryParser(database: database, language: IndexSchema.language, stemming: .allZ)
        for (field, prefix) in textFields { try parser.addPrefix(field: field, prefix: prefix, boolean: false) }
        for (field, prefix) in filterFields { try parser.addPrefix(field: field, prefix: prefix, boolean: true) }
        try parser.addPrefix(field: undatedField, prefix: IndexSchema.datedPrefix, boolean: true)
        for kind in EntityKind.allCases {
            try parser.addField(kind.rawValue, boolean: true) { value throws(XapianError) in
                try EntityFieldValue.query(for: value, kind: kind, in: database)
            }
        }
        // Only when asked for: once a range field exists, Xapian reads any
        // `a..b` as a range, and "said..." would no longer parse.
        if dates { try parser.addRangeField(dateField, slot: IndexSchema.dateSlot, map: DateRange.slotBounds) }
        try parser.setWildcardLimit(Tuning.wildcardLimit)
        try parser.setStopwords(Stopwords.english)
        return parser
    }

    /// `field:value` as the parser reports an entity value the index does not know.
    private static func unknownValueNote(_ value: String) -> String {
        let field = value.prefix { $0 != ":" }
        return "no \(field) `\(value.dropFirst(field.count + 1))` is known to this index; `passim entities --kind \(field)` lists them"
    }

    private static func wildcardWarnings(_ patterns: [String], _ database: Database) throws(XapianError) -> [String] {
        var warnings: [String] = []
        for pattern in patterns {
            let matches = try database.countTerms(prefix: pattern)
            if matches > UInt64(Tuning.wildcardLimit) {
                // Xapian caps the expansion in each shard apart.
                let shards = database.databaseCount
                let scope = shards > 1 ? " in each of the \(shards) shards" : ""
                warnings.append("`\(pattern)*` matches \(matches) words; searching for the \(Tuning.wildcardLimit) most frequent\(scope) — make it longer to narrow it")
            }
        }
        return warnings
    }

    /// Free text's content words: stemmed terms (for feedback's threshold)
    /// and the units a passage holds or misses (see ContentWords).
    private static func addContentWords(_ plain: [String], to parsed: inout ParsedQuery, parser: QueryParser,
                                        database: Database) throws(XapianError) {
        var words = try ContentWords(plain: plain, database: database) { word throws(XapianError) in
            try parser.parse(word, flags: flags)
        }
        // Two words typed apart, not one name: how close they stand is evidence.
        if words.wordCount == 2, words.units.count == 2, !words.units.contains(where: { $0.words.contains(" ") }) {
            let near = "\(words.units[0].words) NEAR/\(Tuning.ranking.nearWindow) \(words.units[1].words)"
            words.closeTogether = try parser.parse(near, flags: flags)
        }
        parsed.contentWords = words
        for word in plain {
            if let term = try parser.parse(word, flags: []).terms().first(where: { $0.hasPrefix("Z") }) {
                parsed.freeTextTerms.append(term)
            }
        }
    }
}

/// The words of a query outside quotes, as Xapian's parser will see them,
/// for the checks Xapian does not make itself.
package struct QueryWords {
    /// Field names written as `name:value`.
    package var fields: [String] = []
    /// Wildcard prefixes (`missil` for `missil*`), lower-cased.
    package var wildcards: [String] = []
    /// The words that are just words (no operator, field, wildcard, + or -).
    package var plain: [String] = []
    /// No quotes, operators, fields, wildcards, + or -: words only.
    package var isFreeText = true

    package static let operators: Set<String> = ["AND", "OR", "NOT", "XOR", "NEAR", "ADJ"]

    package init(_ text: String) {
        var inQuotes = false
        var word: [UInt8] = []
        func finish() {
            defer { word.removeAll() }
            guard !word.isEmpty else { return }
            var w = word[...]
            while let first = w.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { w = w.dropFirst() }
            let text = String(decoding: w, as: UTF8.self)
            if w.count != word.count || Self.operators.contains(text) || text.hasPrefix("NEAR/") || text.hasPrefix("ADJ/")
                || w.contains(UInt8(ascii: ":")) || w.last == UInt8(ascii: "*") {
                isFreeText = false
            } else {
                plain.append(text)
            }
            // `name:value`, but not a web address (`https://…`).
            if let colon = w.firstIndex(of: UInt8(ascii: ":")), colon > w.startIndex, colon + 1 < w.endIndex,
               w[(colon + 1)...].first != UInt8(ascii: "/"),
               w[..<colon].allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) {
                fields.append(String(decoding: w[..<colon], as: UTF8.self))
                return
            }
            if w.count > 1, w.last == UInt8(ascii: "*") {
                wildcards.append(String(decoding: w.dropLast(), as: UTF8.self).lowercased())
            }
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                finish()
                inQuotes.toggle()
                isFreeText = false
            } else if inQuotes {
                continue
            } else if byte <= 0x20 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                if byte > 0x20 { isFreeText = false }
                finish()
            } else {
                word.append(byte)
            }
        }
        if !inQuotes { finish() }
    }
}

extension UserQuery {
    /// Xapian's bare NEAR and ADJ look within 10 words, too tight for news
    /// prose ("Mr Budanov says shipments that began in late 2022 have reached
    /// 2.8m shells"); Passim's look within `Tuning.nearWindow`. Written-out
    /// NEAR/n and ADJ/n, and text inside quotes, are left alone.
    package static func widenNear(_ text: String) -> String {
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
    package func trimmingWhiteSpace() -> String {
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0d) }
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
