import Foundation
import Synchronization

/// Spellings of a person's or a place's name that romanisation and news style produce, made by rule so
/// that any Ukrainian, Russian, Arabic or Korean name gets them, not only the ones a gazetteer lists
/// (docs/gazetteer.md, "Spelling variants"). The rules a name gets depend on the country it belongs to
/// (through its parents): a Russian name is not spelt like an Arabic one.
package enum NameVariants {
    /// Bumped whenever the rules change, so that indexes rewrite the synonyms made from them.
    package static let rulesVersion = 1

    /// Most variants one name gets; the rules' combinations stop there.
    private static let maxVariants = 24

    package struct Families: OptionSet, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Names romanised from Cyrillic (Russia, Ukraine, Belarus…).
        package static let cyrillic = Families(rawValue: 1)
        /// Ukrainian names, whose Г is written h (Luhansk) and in Russian g (Lugansk).
        package static let ukrainian = Families(rawValue: 2)
        package static let arabic = Families(rawValue: 4)
        package static let korean = Families(rawValue: 8)
    }

    private static let cyrillicCountries: Set<String> = [
        "russia", "ukraine", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan", "bulgaria", "serbia",
        "north-macedonia", "mongolia",
    ]
    private static let arabicCountries: Set<String> = [
        "syria", "iraq", "yemen", "lebanon", "jordan", "palestine", "saudi-arabia", "egypt", "libya",
        "united-arab-emirates", "qatar", "kuwait", "bahrain", "oman", "tunisia", "algeria", "morocco", "sudan",
        "mauritania", "western-sahara",
    ]

    /// The romanisation families of names that belong to the country `countryID`.
    package static func families(ofCountry countryID: String) -> Families {
        var families: Families = []
        if cyrillicCountries.contains(countryID) { families.insert(.cyrillic) }
        if countryID == "ukraine" { families.insert(.ukrainian) }
        if arabicCountries.contains(countryID) { families.insert(.arabic) }
        if countryID == "north-korea" || countryID == "south-korea" { families.insert(.korean) }
        return families
    }

    /// The variants of `name` (not `name` itself), in a fixed order: every combination of the rules
    /// that apply, up to `maxVariants`.
    package static func variants(of name: String, families: Families, isPerson: Bool) -> [String] {
        let rules = self.rules(families: families, isPerson: isPerson)
        var seen: Set<String> = [name]
        var found: [String] = []
        var frontier = [name]
        while !frontier.isEmpty, found.count < maxVariants {
            var next: [String] = []
            for spelling in frontier {
                for rule in rules {
                    for variant in rule(spelling) where seen.insert(variant).inserted {
                        found.append(variant)
                        next.append(variant)
                        if found.count == maxVariants { return found }
                    }
                }
            }
            frontier = next
        }
        return found
    }

    /// Compiled patterns, made once: names load by the thousand.
    private static let cache = Mutex<[String: NSRegularExpression]>([:])

    private static func regex(_ pattern: String) -> NSRegularExpression? {
        cache.withLock { cache in
            if let found = cache[pattern] { return found }
            let made = try? NSRegularExpression(pattern: pattern)
            cache[pattern] = made
            return made
        }
    }

    private typealias Rule = @Sendable (String) -> [String]

    private static func rules(families: Families, isPerson: Bool) -> [Rule] {
        var rules: [Rule] = [dropApostrophes, hyphensAsSpaces]
        if families.contains(.cyrillic) {
            rules += [softYEndings, yBesideVowels, singleConsonants, ivAsOv]
        }
        if families.contains(.ukrainian) { rules.append(hAsG) }
        if families.contains(.arabic) { rules += [arabicArticles, singleConsonants] }
        if families.contains(.korean), isPerson { rules.append(koreanGivenName) }
        return rules
    }

    // MARK: rules

    private static let consonant = "[bcdfghjklmnpqrstvwxz]"

    /// Soft signs and apostrophes of transliteration go: "Khar'kov" → "Kharkov", "Lugans'k" → "Lugansk".
    private static let dropApostrophes: Rule = { name in
        // ' or the first byte of ’ ʼ ʹ (U+2019, U+02BC, U+02B9).
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == 0xE2 || $0 == 0xCA }) else { return [] }
        return replacing(name, #"(?<=\p{L})['’ʼʹ](?=\p{Ll})"#, with: "")
    }

    /// "Kim Jong-un" → "Kim Jong un", "Deir ez-Zor" → "Deir ez Zor": news writes both.
    private static let hyphensAsSpaces: Rule = { name in
        guard name.utf8.contains(UInt8(ascii: "-")) else { return [] }
        return replacing(name, #"(?<=\p{L})-(?=\p{L})"#, with: " ")
    }

    /// The endings of Й and Ы: "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi"; "Valerii", "Valeriy".
    private static let softYEndings: Rule = { name in
        guard name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains(where: { $0.last == "y" || $0.last == "i" })
        else { return [] }
        return ["y", "iy", "yy", "yi", "ii"].flatMap { ending in
            replacing(name, "(?<=\(consonant))(?:yy|iy|yi|ii|y)\\b", with: ending)
        }
    }

    /// Й and Я beside a vowel as y or i: "Shoigu" ↔ "Shoygu", "Sergei" ↔ "Sergey", "Zaporizhzhia" ↔
    /// "Zaporizhzhya".
    private static let yBesideVowels: Rule = { name in
        guard hasPair(name, { (isYOrI($0) && vowels.contains($1)) || (vowels.contains($0) && isYOrI($1)) })
        else { return [] }
        return replacing(name, "(?<=[aeou])y|(?<=\(consonant))y(?=[aeou])", with: "i")
            + replacing(name, "(?<=[aeou])i(?![aeiouy])|(?<=\(consonant))i(?=[aou])", with: "y")
    }

    /// A doubled consonant written once: "Odessa" → "Odesa", "Zaporizhzhia" → "Zaporizhia".
    private static let singleConsonants: Rule = { name in
        let doubledDigraph = ["zhzh", "shsh", "khkh", "tsts"].contains { name.lowercased().contains($0) }
        guard doubledDigraph || hasPair(name, { $0 == $1 }) else { return [] }
        return replacing(name, "(zh|sh|kh|ts|[bcdfgklmnprstvz])\\1", with: "$1")
    }

    /// Ukrainian і where Russian writes о: "Kharkiv" → "Kharkov", "Lviv" → "Lvov", "Horlivka" → "Horlovka".
    private static let ivAsOv: Rule = { name in
        guard hasPair(name, { $0 == UInt8(ascii: "i") && $1 == UInt8(ascii: "v") }) else { return [] }
        return replacing(name, "(?<=\(consonant))iv(?=(?:ka|sk)?\\b)", with: "ov")
    }

    /// Ukrainian Г (h) as Russian spells it (g): "Luhansk" → "Lugansk", "Hennadiy" → "Gennadiy";
    /// not in kh, zh, sh, ch.
    private static let hAsG: Rule = { name in
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: "H") }) else { return [] }
        let lower = replacing(name, "(?<![kzscKZSC])h", with: "g")
        return lower.flatMap { replacing($0, "\\bH", with: "G") } + lower
            + replacing(name, "\\bH", with: "G")
    }

    /// The Arabic article as news writes it, before a sun letter assimilated or glued: "Deir ez-Zor",
    /// "Deir al-Zor", "Deir el-Zor", "Deir az-Zor", "Deir Ezzor", "Deir Azzor".
    private static let arabicArticles: Rule = { name in
        guard name.contains("-"), let regex = regex(#"\b([aAeE])(?:l|sh|th|dh|[tdrzsn])-(sh|th|dh|\p{L})"#) else {
            return []
        }
        let range = NSRange(name.startIndex..., in: name)
        guard let match = regex.firstMatch(in: name, range: range),
              let whole = Range(match.range, in: name), let vowelRange = Range(match.range(at: 1), in: name),
              let letterRange = Range(match.range(at: 2), in: name) else { return [] }
        let vowel = String(name[vowelRange]), letter = String(name[letterRange])
        let capital = vowel == vowel.uppercased()
        var articles: [String] = [capital ? "Al-" : "al-", capital ? "El-" : "el-"]
        let sun = ["t", "th", "d", "dh", "r", "z", "s", "sh", "n"]
        let lowerLetter = letter.lowercased()
        if sun.contains(lowerLetter) {
            for v in ["a", "e"] {
                let article = capital ? v.uppercased() : v
                articles.append(article + lowerLetter + "-")
                // Glued, as one capitalised word: "Ezzor", "Azzor".
                articles.append(v.uppercased() + lowerLetter)
            }
        }
        let rest = name[whole.upperBound...]
        return articles.map { article in
            let glued = !article.hasSuffix("-")
            let word = glued ? lowerLetter : letter
            return String(name[..<whole.lowerBound]) + article + word + rest
        }.filter { $0 != name }
    }

    /// A Korean given name in two parts, spaced or hyphenated: "Kim Jong Un" → "Kim Jong-un".
    private static let koreanGivenName: Rule = { name in
        let words = name.split(separator: " ")
        guard words.count == 3, words.dropFirst().allSatisfy({ $0.count <= 5 && $0.allSatisfy(\.isLetter) }) else {
            return []
        }
        return ["\(words[0]) \(words[1])-\(words[2].lowercased())"]
    }

    private static let vowels: Set<UInt8> = Set("aeiou".utf8)
    private static func isYOrI(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "y") || byte == UInt8(ascii: "i") }

    /// True when two neighbouring bytes of `name` pass `test`: a cheap look before a pattern runs,
    /// since names load by the thousand.
    private static func hasPair(_ name: String, _ test: (UInt8, UInt8) -> Bool) -> Bool {
        var previous: UInt8 = 0
        for byte in name.utf8 {
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if test(previous, lower) { return true }
            previous = lower
        }
        return false
    }

    /// `name` with every match of `pattern` replaced by `template`, or nothing when nothing matched.
    private static func replacing(_ name: String, _ pattern: String, with template: String) -> [String] {
        guard let regex = regex(pattern) else { return [] }
        let range = NSRange(name.startIndex..., in: name)
        let result = regex.stringByReplacingMatches(in: name, range: range, withTemplate: template)
        return result == name ? [] : [result]
    }
}
