/// Weapons named by their shape rather than listed one by one: model designations ("T-72B3", "Su-34",
/// "KC-135R", "AN/TPQ-36"), ships by their navy's prefix ("HMS Ocean", "USS Mahan", "FS Charles de
/// Gaulle"), and the case rules that let acronyms of weapons match as news writes them ("Himars",
/// "IEDs"). A designation or ship the gazetteer does not list is linked to its class by its prefix, so
/// `weapon:aircraft` finds an "Su-30SM" and `weapon:warship` an "INS Vikrant".
package enum WeaponNames {
    /// The case policy of a weapon's name when it differs from the gazetteer's usual one: an acronym of
    /// five letters or more in capitals matches in any case ("HIMARS", "Himars", "himars"), since none
    /// is an English word; shorter ones ("TOW", "SAM") keep to capitals.
    package static func policy(of name: String, tokens: [[UInt8]], kind: EntityKind) -> GazetteerNames.CasePolicy? {
        guard kind == .weapon, tokens.count == 1, tokens[0].count >= 5,
              name.utf8.allSatisfy({ $0 &- 0x41 < 26 }) else { return nil }
        return .any
    }

    /// The folded tokens of a weapon's plural in "s" ("IEDs", "F-16s", "Leopard 2s"): for names that end
    /// in a capital or a digit, which English pluralises by a bare lower-case "s".
    package static func pluralS(of tokens: [[UInt8]], written name: String) -> [[UInt8]]? {
        guard let last = name.utf8.last, last &- 0x41 < 26 || last &- 0x30 < 10, let word = tokens.last else { return nil }
        return Array(tokens.dropLast()) + [word + [UInt8(ascii: "s")]]
    }

    /// Designation prefixes, as written, and the class each names. One letter needs a hyphen and two
    /// digits or more ("F-16", not "F1"); "S" a hundreds number ("S-300").
    private static let designationClasses: [String: String] = [
        "Su": "aircraft", "MiG": "fighter-jet", "Tu": "bomber", "Il": "aircraft", "Yak": "aircraft",
        "F": "fighter-jet", "B": "bomber", "A": "aircraft", "C": "aircraft", "KC": "tanker-aircraft",
        "E": "aircraft", "P": "aircraft", "EA": "aircraft", "RC": "aircraft",
        "Ka": "helicopter", "Mi": "helicopter", "AH": "helicopter", "UH": "helicopter", "CH": "helicopter",
        "MH": "helicopter", "MQ": "drone", "RQ": "drone",
        "T": "tank", "BMP": "infantry-fighting-vehicle", "BMD": "infantry-fighting-vehicle",
        "BTR": "armoured-personnel-carrier", "BM": "mlrs", "S": "air-defence", "ZSU": "air-defence",
        "Kh": "cruise-missile", "AGM": "missile", "AIM": "air-to-air-missile", "MIM": "surface-to-air-missile",
        "BGM": "missile", "FGM": "anti-tank-missile", "FIM": "surface-to-air-missile", "RIM": "missile",
        "GBU": "bomb", "FAB": "bomb", "KAB": "glide-bomb", "AN": "weapon",
        "An": "aircraft", "Be": "aircraft", "L": "aircraft", "Y": "aircraft", "V": "aircraft", "CV": "aircraft",
        "MV": "aircraft", "AV": "aircraft", "J": "fighter-jet", "JF": "fighter-jet", "FC": "fighter-jet",
        "H": "bomber", "Z": "helicopter", "HH": "helicopter", "SH": "helicopter",
        "DF": "ballistic-missile", "SS": "ballistic-missile", "KN": "ballistic-missile", "LGM": "icbm",
        "R": "missile", "UGM": "missile", "RGM": "anti-ship-missile", "SA": "surface-to-air-missile",
        "HQ": "air-defence",
    ]

    /// Soviet and Russian index numbers, a digit and letters before the number ("2S19", "9K720", "3M22").
    private static let indexClasses: [String: String] = [
        "2S": "artillery", "9K": "missile", "9M": "missile", "3M": "cruise-missile",
    ]

    /// Prefixes of naval ships' names ("HMS Ocean"): the navy's own, used by news as part of the name.
    private static let shipPrefixes: Set<String> = [
        "HMS", "USS", "USNS", "FS", "INS", "HMCS", "HMAS", "HMNZS", "HNLMS", "HDMS", "HNoMS", "HSwMS",
        "ROKS", "JS", "TCG", "ITS", "ARA", "BRP", "KRI", "NRP", "ORP", "SPS", "ENS", "IRIS", "PNS", "RFS",
    ]

    /// The class of a weapon the gazetteer does not list, from its id (a designation's or a ship's,
    /// as `EntitySlug` makes them), or nil.
    package static func classID(ofUnlisted id: String) -> String? {
        guard let head = id.split(separator: "-").first.map(String.init) else { return nil }
        if id.count > head.count, shipPrefixes.contains(where: { $0.lowercased() == head }) { return "warship" }
        if let index = indexClasses.first(where: { head.hasPrefix($0.key.lowercased()) }), isIndexNumber(Array(head.uppercased().utf8)) {
            return index.value
        }
        let letters = head.prefix { $0.isLetter }
        guard !letters.isEmpty, id.contains(where: \.isNumber) else { return nil }
        return designationClasses.first { $0.key.lowercased() == letters }?.value
    }

    /// A designation at token `k`: its tokens (one, or three for "AN/TPQ-36") and whether it is plural.
    package static func designation(_ text: EntityText, at k: Int) -> (tokens: Range<Int>, plural: Bool)? {
        let token = text.tokens[k]
        guard token.isWord, token.flags.contains(.hasDigit), token.flags.contains(.hasCapital) else { return nil }
        var word = Array(text.bytes[token.start..<token.end])
        // "AN/TPQ-36": a prefix, a slash, and the rest glued.
        if word == Array("AN".utf8) { return nil }
        if k >= 2, text.bytes[text.tokens[k - 1].start] == UInt8(ascii: "/"), text.tokens[k - 1].count == 1,
           text.tokens[k - 1].start == text.tokens[k - 2].end, token.start == text.tokens[k - 1].end,
           text.bytes[text.tokens[k - 2].start..<text.tokens[k - 2].end].elementsEqual("AN".utf8) {
            // The US joint designations of electronic systems: "AN/TPQ-36", "AN/APG-68".
            let letters = word.prefix { $0 &- 0x41 < 26 }
            guard (2...4).contains(letters.count), word.dropFirst(letters.count).first == UInt8(ascii: "-") else { return nil }
            return (k - 2..<k + 1, false)
        }
        let plural = word.count > 3 && word.last == UInt8(ascii: "s") && word[word.count - 2] &- 0x61 >= 26
        if plural { word.removeLast() }
        return isDesignation(word) ? (k..<k + 1, plural) : nil
    }

    /// "Su-34", "T-72B3", "KC-135R", "MiG-29", "S-400": a known prefix, an optional hyphen, digits, then
    /// capitals and digits.
    private static func isDesignation(_ word: [UInt8]) -> Bool {
        if isIndexNumber(word) { return true }
        var i = 0
        while i < word.count, word[i] &- 0x41 < 26 || word[i] &- 0x61 < 26 { i += 1 }
        guard i > 0, designationClasses[String(decoding: word[..<i], as: UTF8.self)] != nil else { return false }
        let hyphen = i < word.count && word[i] == UInt8(ascii: "-")
        if hyphen { i += 1 }
        let digitsStart = i
        while i < word.count, word[i] &- 0x30 < 10 { i += 1 }
        let digits = i - digitsStart
        guard digits >= 1, digits <= 4 else { return false }
        while i < word.count, word[i] &- 0x41 < 26 || word[i] &- 0x30 < 10 || word[i] == UInt8(ascii: "-") { i += 1 }
        guard i == word.count else { return false }
        if digitsStart - (hyphen ? 1 : 0) == 1 {  // one-letter prefix
            guard hyphen, digits >= 2 || word[0] == UInt8(ascii: "B") else { return false }
            if word[0] == UInt8(ascii: "S") {
                return digits == 3 && word[digitsStart + 1] == UInt8(ascii: "0") && word[digitsStart + 2] == UInt8(ascii: "0")
            }
        }
        return hyphen || digits >= 2
    }

    /// "2S19", "9K720", "3M22": a known digit-and-letter index, then digits and an optional suffix.
    private static func isIndexNumber(_ word: [UInt8]) -> Bool {
        guard word.count >= 3, indexClasses[String(decoding: word[..<2], as: UTF8.self)] != nil,
              word[2] &- 0x30 < 10 else { return false }
        return word.dropFirst(2).allSatisfy { $0 &- 0x41 < 26 || $0 &- 0x30 < 10 || $0 == UInt8(ascii: "-") }
    }

    /// A ship named with its navy's prefix at token `k`: the prefix and the capitalised words after it
    /// ("FS Charles de Gaulle": "de" inside), or nil.
    package static func ship(_ text: EntityText, at k: Int, sentence: Range<Int>) -> Range<Int>? {
        let token = text.tokens[k]
        guard token.isWord, token.flags.contains(.hasCapital), token.count <= 5,
              shipPrefixes.contains(String(decoding: text.bytes[token.start..<token.end], as: UTF8.self)) else { return nil }
        var end = k + 1
        while end < sentence.upperBound, end - k <= 4 {
            let next = text.tokens[end]
            if next.isCapitalised && next.isWord {
                end += 1
            } else if next.isWord, end + 1 < sentence.upperBound, text.tokens[end + 1].isCapitalised,
                      nameParticles.contains(Array(text.foldedToken(end))) {
                end += 2
            } else {
                break
            }
        }
        return end > k + 1 ? k..<end : nil
    }

    /// True for a weapon word that here names a person: "suicide bomber(s)", "the suspected bomber", "the
    /// bomber who…", "the bomber wore a vest", "the bombers behind the attack": words no aircraft takes.
    package static func namesAPerson(_ text: EntityText, _ tokens: Range<Int>) -> Bool {
        let last = text.foldedToken(tokens.upperBound - 1)
        guard last.elementsEqual(bomber) || last.elementsEqual(bomber + [UInt8(ascii: "s")]) else { return false }
        let before = tokens.lowerBound - 1, after = tokens.upperBound
        if before >= 0, bomberPersonBefore.contains(Array(text.foldedToken(before))) { return true }
        return after < text.count && bomberPersonAfter.contains(Array(text.foldedToken(after)))
    }

    private static let bomber = Array("bomber".utf8)
    private static let bomberPersonBefore: Set<[UInt8]> = words("""
        suicide suspected alleged accused convicted would-be failed jailed lone teenage marathon
        """)
    private static let bomberPersonAfter: Set<[UInt8]> = words("""
        who whom whose behind himself herself themselves wore wearing blew detonated
        """)

    private static func words(_ list: String) -> Set<[UInt8]> {
        Set(list.split(whereSeparator: \.isWhitespace).map { Array($0.utf8) })
    }

    private static let nameParticles: Set<[UInt8]> = ["de", "du", "la", "le", "of", "van", "von", "al"].map { Array($0.utf8) }
        .reduce(into: []) { $0.insert($1) }
}
