/// Steps 3, 5 and 6 of `ArticleTagger`: people after a title, the statistical tagger's names, and
/// surnames alone of people named in full.
extension ArticleTagger {
    mutating func claimTitledPeople(_ pass: inout Pass) {
        let gazetteer = self.gazetteer
        for sentence in pass.sentences {
            var k = sentence.lowerBound
            while k < sentence.upperBound {
                guard !pass.taken[k], let name = PersonNames.titledName(pass.text, at: k, sentence: sentence),
                      !pass.isTaken(name) else {
                    k += 1
                    continue
                }
                // A listed person under the name: let the gazetteer step take it, with the title as evidence.
                let overlapping = pass.matches(overlapping: name)
                if overlapping.contains(where: { $0.aliases.contains(where: gazetteer.isPerson) }) {
                    pass.personCue.formUnion(name)
                    k = name.upperBound
                    continue
                }
                // A role word before a country is no person's title: "my official Ukraine shirt".
                if overlapping.contains(where: { $0.tokens == name && isCountry($0) }) {
                    k = name.upperBound
                    continue
                }
                let extended = overlapping.reduce(name) { min($0.lowerBound, $1.tokens.lowerBound)..<max($0.upperBound, $1.tokens.upperBound) }
                claimPerson(&pass, extended.clamped(to: sentence))
                k = extended.upperBound
            }
        }
    }

    /// True when the gazetteer knows the name of `match` only as a country (no person or organisation).
    private func isCountry(_ match: GazetteerNames.Match) -> Bool {
        match.aliases.allSatisfy { gazetteer.kind(ofAlias: $0) == .place }
            && match.aliases.contains { gazetteer.entities[gazetteer.entityIndex(ofAlias: $0)].subkind == "country" }
    }

    mutating func claimTaggerNames(_ pass: inout Pass) {
        for span in pass.taggerSpans where span.type != .miscellaneous && !pass.isTaken(span.range)
            && !isDemonym(pass.text, span.range) && !isNumeral(pass.text, span.range) {
            // A surname the article gave in full is that person, whatever type the tagger saw ("Foreman added").
            if span.range.count == 1, let person = people.recall(pass.text, span.range.lowerBound) {
                pass.claim(span.range, mention: personMention(person, pass.text, span.range))
                continue
            }
            switch span.type {
            case .person where pass.text.token(span.range.upperBound - 1, is: .organisationHeads):
                claimOrganisation(&pass, span.range)
            case .person where pass.text.token(span.range.upperBound - 1, is: .otherNameHeads):
                continue  // "Victory Plan": a name, but not of a person
            case .person:
                claimPerson(&pass, PersonNames.withoutTitle(pass.text, span.range))
            case .organisation where pass.text.token(span.range.upperBound - 1, is: .otherNameHeads):
                continue
            case .organisation:
                claimOrganisation(&pass, span.range)
            case .location where pass.text.token(span.range.upperBound - 1, is: .companyHeads):
                claimOrganisation(&pass, span.range)
            case .location:
                let name = pass.text.string(span.range)
                pass.claim(span.range, mention: EntityMention(
                    id: EntitySlug.make(name), kind: .place, subkind: "area", name: name,
                    range: pass.text.byteRange(span.range), alias: nil))
            case .miscellaneous:
                continue  // nationalities, events, works: not actors, weapons or places
            }
        }
    }

    private func claimOrganisation(_ pass: inout Pass, _ range: Range<Int>) {
        let name = pass.text.string(range)
        pass.claim(range, mention: EntityMention(
            id: EntitySlug.make(name), kind: .actor, subkind: "organisation", name: name,
            range: pass.text.byteRange(range), alias: nil))
    }

    /// Surnames alone that the tagger missed: "Foreman says" after "John Foreman".
    mutating func claimSurnames(_ pass: inout Pass) {
        for k in 0..<pass.text.count where !pass.taken[k] && PersonNames.isNameWord(pass.text, k) {
            guard let person = people.recall(pass.text, k) else { continue }
            let sentence = pass.sentence(of: k)
            if k > sentence.lowerBound, PersonNames.isNameWord(pass.text, k - 1) { continue }
            if k + 1 < sentence.upperBound, PersonNames.isNameWord(pass.text, k + 1) { continue }
            pass.claim(k..<k + 1, mention: personMention(person, pass.text, k..<k + 1))
        }
    }

    /// True when `name` is a people's name made from a listed place's ("North Koreans",
    /// "Ukrainians", "Chinese"): demonyms are not mentions.
    private func isDemonym(_ text: EntityText, _ name: Range<Int>) -> Bool {
        let lastSlice = text.foldedToken(name.upperBound - 1)
        guard let end = lastSlice.last, end == UInt8(ascii: "n") || end == UInt8(ascii: "s") || end == UInt8(ascii: "e")
                || end == UInt8(ascii: "i") else { return false }
        let prefix = name.dropLast().map { Array(text.foldedToken($0)) }
        let last = Array(lastSlice)
        for suffix in Self.demonymSuffixes where last.count > suffix.count + 2 && last.hasSuffix(suffix) {
            let stem = Array(last.dropLast(suffix.count))
            for ending in Self.placeEndings {
                if gazetteer.names.aliases(forFolded: prefix + [stem + ending]).contains(where: { gazetteer.kind(ofAlias: $0) == .place }) { return true }
            }
        }
        return false
    }

    /// True when `name` is only Roman numerals or single capitals ("IV", "X"): table labels, not names.
    private func isNumeral(_ text: EntityText, _ name: Range<Int>) -> Bool {
        name.allSatisfy { t in
            let word = text.bytes[text.tokens[t].start..<text.tokens[t].end]
            return word.count == 1 || word.allSatisfy { "IVXLC".utf8.contains($0) }
        }
    }

    private static let demonymSuffixes = ["ians", "ian", "ans", "an", "ns", "n", "ese", "is", "i", "s"].map { Array($0.utf8) }
    private static let placeEndings = ["", "a", "e", "ia", "y", "any"].map { Array($0.utf8) }

    // MARK: people

    /// A person named by `name`: the one the article named with this surname,
    /// a listed person with this name, or someone new.
    private mutating func claimPerson(_ pass: inout Pass, _ name: Range<Int>) {
        let text = pass.text
        if name.count == 1, let person = people.recall(text, name.lowerBound) {
            pass.claim(name, mention: personMention(person, text, name))
            return
        }
        let written = text.string(name)
        if let index = gazetteer.ids(forAlias: written).compactMap(gazetteer.index(of:))
            .first(where: { gazetteer.entities[$0].kind == .actor && gazetteer.entities[$0].subkind == "person" }) {
            let entity = gazetteer.entities[index]
            people.remember(PersonNames.Person(id: entity.id, name: entity.name, entity: index))
            pass.claim(name, mention: EntityMention(id: entity.id, kind: .actor, subkind: "person", name: entity.name,
                                                    range: text.byteRange(name), alias: nil), entity: index)
            return
        }
        let person = PersonNames.Person(id: EntitySlug.make(written), name: written, entity: nil)
        people.remember(person, text, name)
        pass.claim(name, mention: personMention(person, text, name))
    }

    func personMention(_ person: PersonNames.Person, _ text: EntityText, _ name: Range<Int>) -> EntityMention {
        EntityMention(id: person.id, kind: .actor, subkind: "person", name: person.name, range: text.byteRange(name), alias: nil)
    }

}
