import PassimSupport
/// Weapon phrases: a weapon's name with the modifiers in front of it that name
/// a kind of weapon and a "systems" after it, tagged as the weapon the name is
/// ("low-yield tactical nuclear weapons", "tactical strike drones",
/// "long-range missiles"), and compounds whose weapon hides in a hyphenated
/// word ("submarine missile-launch systems" → launch system, else missile).
/// Words that only describe ("cheap, deadly") stay outside, as the gold
/// annotation has it, unless `EntityTuning.weaponPhrasesTakeDescriptions`.
package enum WeaponPhrases {
    /// The tokens of the phrase around a weapon name at `name`: modifiers before, a head noun after.
    package static func extend(_ text: EntityText, _ name: Range<Int>, sentence: Range<Int>, taken: [Bool]) -> Range<Int> {
        var start = name.lowerBound
        var words = 0
        var k = start - 1
        while k >= sentence.lowerBound, words < EntityTuning.weaponModifierWords, !taken[k] {
            if isModifier(text, k) {
                start = k
                words += 1
                k -= 1
                continue
            }
            // "cheap, deadly": a comma between two modifiers.
            if isComma(text, k), k - 1 >= sentence.lowerBound, !taken[k - 1], isModifier(text, k - 1),
               text.token(k - 1, is: [.weaponModifiers, .weaponDescriptions]) {
                start = k - 1
                words += 1
                k -= 2
                continue
            }
            break
        }
        var end = name.upperBound
        if end < sentence.upperBound, !taken[end], text.token(end, is: .weaponHeads),
           !text.token(end - 1, is: .weaponHeads) {
            end += 1
        }
        return start..<end
    }

    /// A word that can stand before a weapon's name in its phrase.
    package static func isModifier(_ text: EntityText, _ k: Int) -> Bool {
        let token = text.tokens[k]
        guard token.isWord, token.flags.contains(.hasLetter), !token.flags.contains(.allCapitals) || token.count <= 3 else {
            return false
        }
        let lists: EntityCues.Lists = EntityTuning.weaponPhrasesTakeDescriptions
            ? [.weaponModifiers, .weaponDescriptions] : .weaponModifiers
        if text.token(k, is: lists) { return !token.isCapitalised || k == 0 }
        guard token.flags.contains(.hasHyphen) else { return false }
        // "long-range", "Iranian-made", "Soviet-era": a hyphenated word that ends in a modifier's ending.
        let word = text.foldedToken(k)
        guard let dash = word.lastIndex(of: UInt8(ascii: "-")) else { return false }
        return EntityCues.lists(of: word[(dash + 1)...]).contains(.weaponModifierEndings)
    }

    /// A weapon hidden in a hyphenated word before a head noun ("missile-launch systems"):
    /// the token range of the compound and its head, and the alias that names the weapon —
    /// the compound's last part with the head ("launch systems") if the gazetteer knows it,
    /// else a part that is a weapon ("missile").
    package static func compound(_ text: EntityText, at k: Int, sentence: Range<Int>, gazetteer: Gazetteer,
                         isWeapon: (Int32) -> Bool) -> (tokens: Range<Int>, alias: Int32)? {
        let token = text.tokens[k]
        guard token.flags.contains(.hasHyphen), !token.isCapitalised, k + 1 < sentence.upperBound,
              text.token(k + 1, is: .weaponHeads) else { return nil }
        let parts = text.foldedToken(k).split(separator: UInt8(ascii: "-")).map { Array($0) }
        guard parts.count >= 2 else { return nil }
        let head = Array(text.foldedToken(k + 1))
        if let alias = gazetteer.names.aliases(forFolded: [parts[parts.count - 1], head]).first(where: isWeapon) {
            return (k..<k + 2, alias)
        }
        for part in parts {
            if let alias = gazetteer.names.aliases(forFolded: [part]).first(where: isWeapon) { return (k..<k + 2, alias) }
        }
        return nil
    }

    private static func isComma(_ text: EntityText, _ k: Int) -> Bool {
        text.tokens[k].count == 1 && text.bytes[text.tokens[k].start] == UInt8(ascii: ",")
    }
}
