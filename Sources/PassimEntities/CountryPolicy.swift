import PassimSupport
/// When a country's name means the state acting, and so is tagged an actor
/// (subkind `state`, the country's id) rather than a place: when it is the
/// grammatical subject of a verb ("Russia is making progress", "North Korea
/// has also sent", "the territory Ukraine seized") or owns an agent
/// ("America’s defence secretary", "Ukraine’s military intelligence", "North
/// Korea’s dictator"). After a preposition it is a place ("troops to Russia",
/// "in Russia’s far east"), and so is everything else ("Russia’s Kursk region").
///
/// The same test picks a capital used for its government ("Washington says")
/// when the gazetteer lists a government under the capital's name; for those,
/// being where something is received ("not well received in Washington") counts too.
package enum CountryPolicy {
    /// True when the name at tokens `name` of `text` acts.
    package static func acts(_ text: EntityText, _ name: Range<Int>, sentence: Range<Int>,
                     isPlace: (Range<Int>) -> Bool = { _ in false }) -> Bool {
        var next = name.upperBound
        // A possessive is settled by what it owns, whatever governs the phrase ("by America’s defence secretary").
        if next < sentence.upperBound, text.tokens[next].isPossessive {
            return ownsAgent(text, after: next + 1, sentence: sentence)
        }
        let before = name.lowerBound - 1
        // The agent of a passive: "backed up by South Korea".
        if before >= sentence.lowerBound, text.token(before, foldsTo: by) {
            var k = before - 1
            if k >= sentence.lowerBound, text.token(k, is: .particles) { k -= 1 }
            return k >= sentence.lowerBound && text.token(k, is: .participles)
        }
        if before >= sentence.lowerBound, text.token(before, is: .prepositions) { return false }
        guard next < sentence.upperBound else { return false }
        // The doer of an infinitive or a bare verb: "get Russia to negotiate", "helping North Korea circumvent".
        if text.token(next, foldsTo: to) {
            return next + 1 < sentence.upperBound && isBareVerb(text, next + 1)
        }
        if before >= sentence.lowerBound, text.token(before, is: .causatives), isBareVerb(text, next) { return true }
        // An aside between commas: "Germany, Ukraine’s second-biggest backer, has…", "Russia, in contrast, is…".
        if isComma(text, next) {
            var k = next + 1
            while k < min(sentence.upperBound, next + 1 + EntityTuning.appositionTokens), !isComma(text, k) { k += 1 }
            guard k < sentence.upperBound, isComma(text, k), k > next + 1 else { return false }
            next = k + 1
        }
        // "Russia and China have agreed": the verb after the other name.
        if next < sentence.upperBound, text.token(next, is: .conjunctions) {
            var end = next + 2
            while end <= sentence.upperBound, !isPlace(next + 1..<end), end - next <= 4 { end += 1 }
            if end <= sentence.upperBound, isPlace(next + 1..<end) { next = end }
        }
        while next < sentence.upperBound, text.token(next, is: .adverbs) { next += 1 }
        guard next < sentence.upperBound else { return false }
        return isVerb(text, next)
    }

    /// True when the name at `name` is where something is received: "not well received in Washington".
    package static func isSeatOfReception(_ text: EntityText, _ name: Range<Int>, sentence: Range<Int>) -> Bool {
        let before = name.lowerBound - 1
        guard before > sentence.lowerBound, text.token(before, foldsTo: Array("in".utf8)) else { return false }
        return text.token(before - 1, is: .reception)
    }

    /// A possessive followed, within a few modifiers, by an agent noun or a noun of its act or stance.
    private static func ownsAgent(_ text: EntityText, after start: Int, sentence: Range<Int>) -> Bool {
        var k = start
        var skipped = 0
        while k < sentence.upperBound {
            let token = text.tokens[k]
            guard token.isWord else { return false }
            if text.token(k, is: [.agents, .acts]) { return true }
            // A scraped headline glues words together: "UKRAINE’S PRESIDENTNATO".
            if token.flags.contains(.allCapitals), startsWithAgent(text.foldedToken(k)) { return true }
            // Modifiers, capitalised ones too, before the agent: "North Korea’s [ruthless] dictator",
            // "Britain’s [Europe] Director", "Ukraine’s [Foreign] Minister"; not marks or numbers.
            guard token.flags.contains(.hasLetter), !token.flags.contains(.hasDigit) else { return false }
            skipped += 1
            if skipped > EntityTuning.possessiveModifierWords { return false }
            k += 1
        }
        return false
    }

    /// A verb, as far as a tagger without parts of speech can tell: an
    /// auxiliary or a common verb, or a lower-case word in -ed or -s.
    package static func isVerb(_ text: EntityText, _ k: Int) -> Bool {
        let token = text.tokens[k]
        guard token.isWord, !token.isCapitalised, token.flags.contains(.hasLetter),
              !token.flags.contains(.hasDigit) else { return false }
        if text.token(k, is: .verbs) { return true }
        if text.token(k, is: .notVerbs) { return false }
        let word = text.foldedToken(k)
        guard word.count > 3, !word.contains(UInt8(ascii: "-")) else { return false }
        let last = word[word.endIndex - 1], second = word[word.endIndex - 2]
        if last == UInt8(ascii: "d"), second == UInt8(ascii: "e") { return true }
        if last == UInt8(ascii: "s"), second != UInt8(ascii: "s"), second != UInt8(ascii: "u"),
           second != UInt8(ascii: "i") {
            return true
        }
        return false
    }

    /// A lower-case word that can be a bare verb: not a determiner, a preposition, a number or a name.
    private static func isBareVerb(_ text: EntityText, _ k: Int) -> Bool {
        let token = text.tokens[k]
        guard token.isWord, !token.flags.contains(.hasCapital), !token.flags.contains(.hasDigit),
              token.flags.contains(.hasLetter) else { return false }
        return !text.token(k, is: [.determiners, .prepositions, .conjunctions, .adverbs])
    }

    private static let gluedAgents = ["president", "government", "minister", "military", "army"].map { Array($0.utf8) }

    private static func startsWithAgent(_ word: ArraySlice<UInt8>) -> Bool {
        gluedAgents.contains { word.count > $0.count && word.starts(with: $0) }
    }

    /// True when a city at `name` stands for its country's government: where something is received
    /// ("not well received in Washington"), the owner of an agent ("Moscow’s envoy"), or the subject of a
    /// verb of saying or stance ("Washington says", "Moscow has denied").
    package static func actsAsGovernment(_ text: EntityText, _ name: Range<Int>, sentence: Range<Int>) -> Bool {
        if isSeatOfReception(text, name, sentence: sentence) { return true }
        var next = name.upperBound
        guard next < sentence.upperBound else { return false }
        if text.tokens[next].isPossessive {
            return ownsAgent(text, after: next + 1, sentence: sentence)
        }
        let before = name.lowerBound - 1
        if before >= sentence.lowerBound, text.token(before, is: .prepositions) { return false }
        if isActiveAuxiliary(text, next, sentence: sentence) { return true }
        while next < sentence.upperBound, text.token(next, is: [.adverbs, .verbs]), !text.token(next, is: .statements) {
            next += 1
        }
        return next < sentence.upperBound && text.token(next, is: .statements)
    }

    /// An auxiliary or modal that starts an active verb phrase: "Washington would have to", "Kyiv has
    /// vowed", "Moscow has been the main backer"; not a passive, which keeps the city a place ("Kyiv was
    /// shelled", "Kyiv has been hit").
    private static func isActiveAuxiliary(_ text: EntityText, _ k: Int, sentence: Range<Int>) -> Bool {
        guard k < sentence.upperBound, text.token(k, is: .auxiliaries) else { return false }
        var next = k + 1
        while next < sentence.upperBound, text.token(next, is: .adverbs) { next += 1 }
        guard next < sentence.upperBound else { return false }
        // "has been the main backer" is the government; "has been hit", "will be cold" say nothing of it.
        if text.token(next, is: .passiveMarkers) {
            return next + 1 < sentence.upperBound && text.token(next + 1, is: .determiners)
        }
        return text.tokens[next].isWord
    }

    /// True when the city at `name` is one of two capitals joined by "between … and": "talks between
    /// Moscow and Kyiv", "relations between Washington and Beijing".
    package static func isBetweenGovernments(_ text: EntityText, _ name: Range<Int>, sentence: Range<Int>,
                                             isCapital: (Range<Int>) -> Bool) -> Bool {
        let before = name.lowerBound - 1
        if before >= sentence.lowerBound, text.token(before, foldsTo: between) {
            let and = name.upperBound
            guard and < sentence.upperBound, text.token(and, foldsTo: Self.and) else { return false }
            return (and + 2...min(and + 4, sentence.upperBound)).contains { isCapital(and + 1..<$0) }
        }
        guard before > sentence.lowerBound, text.token(before, foldsTo: Self.and) else { return false }
        return (max(sentence.lowerBound, before - 3)..<before - 1).contains { start in
            text.token(start, foldsTo: between) && isCapital(start + 1..<before)
        }
    }

    private static let between = Array("between".utf8)
    private static let and = Array("and".utf8)
    private static let by = Array("by".utf8)
    private static let to = Array("to".utf8)

    private static func isComma(_ text: EntityText, _ k: Int) -> Bool {
        k < text.count && text.tokens[k].count == 1 && text.bytes[text.tokens[k].start] == UInt8(ascii: ",")
    }
}
