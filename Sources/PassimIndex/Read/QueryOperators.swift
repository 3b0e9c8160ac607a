import PassimSupport

/// The constructs Xapian's QueryParser accepts but quietly rewrites into
/// something else: NEAR or ADJ beside a bracketed group or a phrase (it
/// becomes OR), `NEAR/0`, `NEAR/abc` (they become OR too), a field with no
/// value (`place:` becomes the word "place"). Passim refuses them with a
/// line that says what to write instead, as it does any bad query.
package enum QueryOperators {
    /// The widest NEAR/N and ADJ/N accepted; a passage is far shorter.
    package static let widestWindow = 1000

    /// A token of the query as the check sees it.
    enum Token: Equatable {
        case word(String)
        case phrase
        case open
        case close
    }

    /// Throws for the first construct Xapian would rewrite; `fields` are
    /// the field names Passim knows (`place`, `title`…).
    package static func check(_ text: String, fields: Set<String>) throws(PassimError) {
        let tokens = tokenize(text)
        for (index, token) in tokens.enumerated() {
            guard case .word(let word) = token else { continue }
            if let colon = word.utf8.lastIndex(of: UInt8(ascii: ":")), word.utf8.index(after: colon) == word.utf8.endIndex {
                let name = String(word[..<colon]).trimmingPrefix("+-")
                if fields.contains(name.lowercased()), index + 1 == tokens.count || tokens[index + 1] != .phrase {
                    throw PassimError.usage("`\(word)` has no value; write it with one, such as \(name):kursk or \(name):\"kursk region\"")
                }
            }
            guard let op = proximityOperator(word) else { continue }
            if let slash = word.firstIndex(of: "/") {
                let number = word[word.index(after: slash)...]
                guard let window = Int(number), (1...widestWindow).contains(window),
                      number.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                    throw PassimError.usage("`\(word)`: write \(op)/N with N a whole number of words from 1 to \(widestWindow), or \(op) alone")
                }
            }
            let before = index > 0 ? tokens[index - 1] : nil, after = index + 1 < tokens.count ? tokens[index + 1] : nil
            for neighbour in [before, after] {
                guard let neighbour else { continue }
                if case .word(let other) = neighbour, !other.contains(":"), other.utf8.last != UInt8(ascii: "*") { continue }
                throw PassimError.usage("\(op) joins single words, not a bracketed group, a phrase, a field or a wildcard "
                    + "(Xapian would read it as OR); write one \(op) per word, such as (drones \(op) energy) OR (drones \(op) grid)")
            }
        }
    }

    /// `NEAR` or `ADJ` when `word` is one of them (bare or with /N).
    static func proximityOperator(_ word: String) -> String? {
        for op in ["NEAR", "ADJ"] where word == op || word.hasPrefix(op + "/") { return op }
        return nil
    }

    /// Words, phrases and brackets, as Xapian's parser splits them.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var word: [UInt8] = []
        var inQuotes = false
        func finish() {
            if !word.isEmpty { tokens.append(.word(String(decoding: word, as: UTF8.self))) }
            word.removeAll()
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                if inQuotes { tokens.append(.phrase) } else { finish() }
                inQuotes.toggle()
            } else if inQuotes {
                continue
            } else if byte <= 0x20 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                finish()
                if byte == UInt8(ascii: "(") { tokens.append(.open) }
                if byte == UInt8(ascii: ")") { tokens.append(.close) }
            } else {
                word.append(byte)
            }
        }
        if inQuotes { tokens.append(.phrase) } else { finish() }
        return tokens
    }
}

private extension String {
    func trimmingPrefix(_ characters: String) -> String {
        String(drop { characters.contains($0) })
    }
}
