import Xapian
import PassimSupport

extension UserQuery {
    /// `place:Kerch Strait` — what the shell leaves of `place:"Kerch Strait"`
    /// typed without outer quotes — read as the entity when the index knows
    /// `Kerch Strait` and not `Kerch` alone... or knows the longer name at all:
    /// the longest known name of up to four capitalised words wins. Returns
    /// the text to parse and a note for the user, or nil when nothing joins.
    static func joiningEntityValues(_ text: String, database: Database) -> (text: String, notes: [String])? {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var notes: [String] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard let field = entityField(of: words[index]) else { continue }
            let value = String(words[index].dropFirst(field.count + 1))
            guard !value.isEmpty, !value.contains("\""), !value.contains("("), !value.contains(")") else { continue }
            var following = 0
            while following < 3, index + following + 1 < words.count, isCapitalisedName(words[index + following + 1]) {
                following += 1
            }
            for extra in stride(from: following, through: 1, by: -1) {
                let name = ([value] + words[(index + 1)...(index + extra)]).joined(separator: " ")
                guard isKnown(field: field, value: name, database: database) else { continue }
                words.replaceSubrange(index...(index + extra), with: ["\(field):\"\(name)\""])
                notes.append("read `\(field):\(name)` as one name; quote it for the shell as '\(field):\"\(name)\"'")
                break
            }
        }
        return notes.isEmpty ? nil : (words.joined(separator: " "), notes)
    }

    private static func entityField(of word: String) -> String? {
        guard let colon = word.firstIndex(of: ":") else { return nil }
        let field = word[..<colon].lowercased()
        return entityFields.contains(field) ? field : nil
    }

    /// A word that can continue a name: a capital letter first, no operator, no field.
    private static func isCapitalisedName(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !["AND", "OR", "NOT", "NEAR", "ADJ", "XOR"].contains(word) && !word.contains(":")
            && !word.hasPrefix("NEAR/") && !word.hasPrefix("ADJ/")
    }

    private static func isKnown(field: String, value: String, database: Database) -> Bool {
        guard let parsed = try? parse("\(field):\"\(value)\"", database: database, joining: false) else { return false }
        return parsed.warnings.isEmpty && !parsed.query.isEmpty
    }
}
