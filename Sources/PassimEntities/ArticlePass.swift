/// One passage being tagged: its tokens, sentences, gazetteer names, the
/// tagger's names, and the mentions claimed so far.
struct Pass {
    package struct Claim {
        package var tokens: Range<Int>
        package var mention: EntityMention
        package var entity: Int?
    }

    package let text: EntityText
    package let sentences: [Range<Int>]
    private let sentenceOf: [Int]
    package let matches: [GazetteerNames.Match]
    package private(set) var taggerSpans: [(range: Range<Int>, type: TaggerTag.NameType)] = []
    private var taggerSpanAt: [Int]
    package private(set) var taken: [Bool]
    package private(set) var claims: [Claim] = []
    /// Token → the claim that took it (-1: none), and → the gazetteer match covering it (-1: none).
    private var claimAt: [Int]
    private var matchAt: [Int]
    /// Tokens a title or role points to as a person's name.
    package var personCue = TokenSet()

    package init(text: EntityText, gazetteer: Gazetteer) {
        self.text = text
        sentences = EntitySentences.ranges(text)
        var sentenceOf = [Int](repeating: 0, count: text.count)
        for (index, sentence) in sentences.enumerated() { for t in sentence { sentenceOf[t] = index } }
        self.sentenceOf = sentenceOf
        let matches = gazetteer.names.matches(in: text)
        self.matches = matches
        var matchAt = [Int](repeating: -1, count: text.count)
        for (index, match) in matches.enumerated() { for t in match.tokens { matchAt[t] = index } }
        self.matchAt = matchAt
        claimAt = [Int](repeating: -1, count: text.count)
        taggerSpanAt = [Int](repeating: -1, count: text.count)
        taken = [Bool](repeating: false, count: text.count)
    }

    package mutating func setTags(_ tags: [UInt8]) {
        for sentence in sentences {
            for span in TaggerTag.spans(Array(tags[sentence]), offset: sentence.lowerBound) {
                for t in span.range { taggerSpanAt[t] = taggerSpans.count }
                taggerSpans.append(span)
            }
        }
    }

    package func sentence(of token: Int) -> Range<Int> { sentences[sentenceOf[token]] }

    package mutating func retypeTaggerSpan(_ index: Int, as type: TaggerTag.NameType) {
        taggerSpans[index].type = type
    }

    /// The tagger's name that covers all of `range`, if one does.
    package func taggerSpan(containing range: Range<Int>) -> (range: Range<Int>, type: TaggerTag.NameType)? {
        let index = taggerSpanAt[range.lowerBound]
        guard index >= 0 else { return nil }
        let span = taggerSpans[index]
        return span.range.lowerBound <= range.lowerBound && span.range.upperBound >= range.upperBound ? span : nil
    }

    package func isTaken(_ range: Range<Int>) -> Bool { range.contains { taken[$0] } }

    /// True when `range` is joined by "and", "or" or a comma to a person already claimed or
    /// tagged: "Tchaikovsky and Chekhov".
    package func isCoordinatedWithPerson(_ range: Range<Int>, sentence: Range<Int>) -> Bool {
        func isPerson(_ t: Int) -> Bool {
            guard sentence.contains(t) else { return false }
            if claimAt[t] >= 0 { return claims[claimAt[t]].mention.subkind == "person" }
            let index = taggerSpanAt[t]
            return index >= 0 && taggerSpans[index].type == .person
        }
        let before = range.lowerBound - 1, after = range.upperBound
        if sentence.contains(before), text.token(before, is: .conjunctions) || isComma(before), isPerson(before - 1) {
            return true
        }
        return sentence.contains(after) && (text.token(after, is: .conjunctions) || isComma(after)) && isPerson(after + 1)
    }

    private func isComma(_ t: Int) -> Bool { text.tokens[t].count == 1 && text.bytes[text.tokens[t].start] == UInt8(ascii: ",") }

    package func mention(_ tokens: Range<Int>, alias: Int32, gazetteer: Gazetteer, fromRule: Bool = false) -> EntityMention {
        let record = gazetteer.names.aliases[Int(alias)]
        let entity = gazetteer.entities[Int(record.entity)]
        return EntityMention(id: entity.id, kind: entity.kind, subkind: entity.subkind, name: entity.name,
                             range: text.byteRange(tokens), alias: fromRule ? nil : record.text)
    }

    package mutating func claim(_ tokens: Range<Int>, alias: Int32, gazetteer: Gazetteer, fromRule: Bool = false) {
        claim(tokens, mention: mention(tokens, alias: alias, gazetteer: gazetteer, fromRule: fromRule),
              entity: Int(gazetteer.names.aliases[Int(alias)].entity))
    }

    package mutating func claim(_ tokens: Range<Int>, entity index: Int, gazetteer: Gazetteer) {
        let entity = gazetteer.entities[index]
        claim(tokens, mention: EntityMention(id: entity.id, kind: entity.kind, subkind: entity.subkind, name: entity.name,
                                             range: text.byteRange(tokens), alias: nil), entity: index)
    }

    /// True when `range` is exactly a gazetteer name of a city that stands for a government.
    package func isCapital(_ range: Range<Int>, _ gazetteer: Gazetteer) -> Bool {
        matches(overlapping: range).contains { match in
            match.tokens == range && match.aliases.contains { CapitalGovernment.country(ofCapital: gazetteer.entityIndex(ofAlias: $0), gazetteer) != nil }
        }
    }

    /// The gazetteer matches that overlap `range` (they never overlap each other), in text order.
    package func matches(overlapping range: Range<Int>) -> [GazetteerNames.Match] {
        var found: [GazetteerNames.Match] = []
        var last = -1
        for t in range.clamped(to: 0..<matchAt.count) where matchAt[t] >= 0 && matchAt[t] != last {
            last = matchAt[t]
            found.append(matches[last])
        }
        return found
    }

    package mutating func claim(_ tokens: Range<Int>, mention: EntityMention, entity: Int? = nil) {
        for t in tokens {
            taken[t] = true
            claimAt[t] = claims.count
        }
        claims.append(Claim(tokens: tokens, mention: mention, entity: entity))
    }
}

/// A small set of token indexes.
package struct TokenSet {
    private var members: Set<Int> = []
    package func contains(_ i: Int) -> Bool { members.contains(i) }
    package mutating func formUnion(_ range: Range<Int>) { for i in range { members.insert(i) } }
}

extension Array where Element == UInt8 {
    package func hasSuffix(_ suffix: [UInt8]) -> Bool { count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix) }
}
