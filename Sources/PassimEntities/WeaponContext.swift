/// Weapons named by a common word that is a weapon only in context: a bare "device" after the article
/// has spoken of a bomb ("The device detonated"), and "mine(s)" where something is laid, hit, cleared or
/// exploded, or listed beside another weapon ("lay mines and booby traps"), never a coal mine or the
/// pronoun ("a friend of mine"). Each is tagged as its class, so `weapon:explosive-device` finds them.
package enum WeaponContext {
    /// The bare devices and mines in the text, with the id of the class each names. `weapon[t]` is true
    /// for the tokens already claimed as weapons.
    package static func find(_ text: EntityText, sentences: [Range<Int>], taken: [Bool],
                             weapon: [Bool]) -> [(tokens: Range<Int>, classID: String)] {
        var found: [(tokens: Range<Int>, classID: String)] = []
        var explosiveSeen = false
        for sentence in sentences {
            // The hot loop: a token's first byte rules out most words before any set is touched (the blast
            // words start with b, d, e or i; devices with d; mines with m).
            let blastHere = sentence.contains { k in
                guard let first = text.foldedToken(k).first, first == 0x62 || first == 0x64 || first == 0x65 || first == 0x69
                else { return false }
                return isWord(text, k, in: blastWords)
            }
            for k in sentence where !taken[k] {
                guard let first = text.foldedToken(k).first, first == 0x64 || first == 0x6D else { continue }
                if isWord(text, k, in: devices), explosiveSeen || blastHere, !isWord(text, k - 1, in: otherDevices) {
                    found.append((k..<k + 1, "explosive-device"))
                } else if isMine(text, k, sentence: sentence, weapon: weapon) {
                    found.append((k..<k + 1, "mine"))
                }
            }
            explosiveSeen = explosiveSeen || blastHere
        }
        return found
    }

    /// True for "arms" in an idiom that names no weapon: "take up arms", "lay down their arms", "a call to
    /// arms", "up in arms", "brothers in arms".
    package static func isIdiom(_ text: EntityText, _ tokens: Range<Int>) -> Bool {
        let k = tokens.lowerBound
        guard tokens.count == 1, isWord(text, k, in: armsWord) else { return false }
        if isWord(text, k - 1, in: upWord) { return true }
        if isWord(text, k - 1, in: downWord) || isWord(text, k - 2, in: downWord) && isWord(text, k - 1, in: possessives) {
            return true
        }
        if isWord(text, k - 1, in: toWord) { return isWord(text, k - 2, in: callWords) }
        return isWord(text, k - 1, in: inWord) && isWord(text, k - 2, in: companionWords)
    }

    private static let possessives = wordSet("their his her our its your my")
    private static let armsWord = wordSet("arms"), upWord = wordSet("up"), downWord = wordSet("down")
    private static let toWord = wordSet("to"), inWord = wordSet("in"), callWords = wordSet("call calls")
    private static let companionWords = wordSet("up brothers comrades brother comrade")
    private static let minesWord = wordSet("mines"), mineWord = wordSet("mine")

    /// "mines" or "a mine" that is laid, hit, cleared or exploded, or joined to another weapon.
    private static func isMine(_ text: EntityText, _ k: Int, sentence: Range<Int>, weapon: [Bool]) -> Bool {
        let plural = isWord(text, k, in: minesWord)
        guard plural || isWord(text, k, in: mineWord) else { return false }
        if isWord(text, k - 1, in: miningWords) || isWord(text, k + 1, in: miningAfter) { return false }
        // The singular is also a pronoun ("of mine", "mine is"): only after an article.
        if !plural, !isWord(text, k - 1, in: articles) { return false }
        let before = max(sentence.lowerBound, k - 3)..<k
        if before.contains(where: { isWord(text, $0, in: layingVerbs) }) { return true }
        if k + 1 < sentence.upperBound, isWord(text, k + 1, in: blastWords) { return true }
        // "mines and booby traps", "IEDs, mines": beside a weapon, across "and", "or" or a comma.
        func joined(_ link: Int, _ other: Int) -> Bool {
            sentence.contains(link) && sentence.contains(other) && weapon[other]
                && (text.token(link, is: .conjunctions) || text.tokens[link].count == 1 && text.bytes[text.tokens[link].start] == UInt8(ascii: ","))
        }
        return plural && (joined(k + 1, k + 2) || joined(k - 1, k - 2))
    }

    private static func isWord(_ text: EntityText, _ k: Int, in words: WordSet) -> Bool {
        guard k >= 0, k < text.count, text.tokens[k].isWord else { return false }
        let word = text.foldedToken(k)
        // Most tokens fail on their first byte or length: no array is made for them.
        guard let first = word.first, words.firsts[Int(first)], word.count <= words.longest else { return false }
        return words.words.contains(Array(word))
    }

    /// Folded words, with their first bytes and greatest length for a cheap test before the lookup.
    private struct WordSet {
        let words: Set<[UInt8]>
        var firsts = [Bool](repeating: false, count: 256)
        var longest = 0

        init(_ list: String) {
            words = Set(list.split(whereSeparator: \.isWhitespace).map { Array($0.utf8) })
            for word in words {
                firsts[Int(word[0])] = true
                longest = max(longest, word.count)
            }
        }
    }

    private static func wordSet(_ words: String) -> WordSet { WordSet(words) }

    private static let devices = wordSet("device devices")
    /// Devices that are not bombs, even in an article about one.
    private static let otherDevices = wordSet("""
        mobile electronic medical listening tracking communication communications storage handheld wearable smart
        recording navigation gps digital apple android personal portable
        """)
    /// Words that say something blew up or was built to: they make a later "device" a bomb.
    private static let blastWords = wordSet("""
        bomb bombs bombing bombings explosive explosives explosion explosions exploded explode explodes exploding
        detonated detonate detonates detonation blast blasts ied ieds
        """)
    private static let layingVerbs = wordSet("""
        lay lays laid laying plant plants planted planting clear clears cleared clearing hit hits struck stepped
        detonated defused defusing swept sweeping scattered removed removing
        """)
    private static let articles = wordSet("a an the another one")
    private static let miningWords = wordSet("""
        coal gold copper salt iron diamond silver uranium lithium tin zinc nickel phosphate potash emerald jade ruby
        cobalt bauxite opencast open-pit quarry
        """)
    private static let miningAfter = wordSet("worker workers shaft shafts owner owners company operator operators miners")
}
