/// Finds the mentions in one article's passages, given in order; remembers
/// what the article has introduced (people named in full, the entities
/// mentioned, the tagger's view of each capitalised word) to resolve later
/// short mentions ("Mr Budanov", "Foreman") and ambiguous names.
///
/// Evidence is weighed in this order, each step taking only tokens no earlier
/// step took: weapon phrases; places named by cues ("the city of X", "X
/// region"); people after a title or role; gazetteer names (ambiguous ones
/// resolved by the tagger's view, titles, and what the article mentioned
/// before; countries as actors when they act, see `CountryPolicy`); then the
/// statistical tagger's names, which fill the gaps; then surnames alone.
package struct ArticleTagger: Sendable {
    package let recognizer: EntityRecognizer
    private var memory = TaggerMemory()
    private var people = PersonNames()
    /// Gazetteer entities mentioned so far, and their parents: evidence for ambiguous names.
    private var seen: Set<Int> = []
    private var seenParents: Set<Int> = []

    package init(recognizer: EntityRecognizer) {
        self.recognizer = recognizer
    }

    private var gazetteer: Gazetteer { recognizer.gazetteer }

    /// The mentions in the next passage of the article, in text order, with
    /// UTF-8 byte ranges into `text`.
    package mutating func mentions(in text: [UInt8]) -> [EntityMention] {
        var pass = Pass(text: EntityText(text), gazetteer: gazetteer)
        guard pass.text.count > 0 else { return [] }
        if let tagger = recognizer.tagger {
            let bits = TaggerFeatures.gazetteerBits(pass.text, matches: pass.matches, gazetteer: gazetteer)
            pass.setTags(tagger.tag(pass.text, sentences: pass.sentences, gazetteer: bits, memory: &memory))
        }
        rememberFullNames(&pass)
        claimWeapons(&pass)
        claimPlaceCues(&pass)
        claimTitledPeople(&pass)
        claimGazetteerNames(&pass)
        claimTaggerNames(&pass)
        claimSurnames(&pass)
        let claims = pass.claims.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for claim in claims {
            guard let index = claim.entity else { continue }
            seen.insert(index)
            if let parent = gazetteer.entities[index].parent.flatMap(gazetteer.index(of:)) { seenParents.insert(parent) }
        }
        return claims.map(\.mention)
    }

    // MARK: the steps

    /// People named in full anywhere in the passage, so that a surname before the full name resolves
    /// too: a headline's "Brown ally rejects…" before "Chancellor Gordon Brown" in the first paragraph.
    private mutating func rememberFullNames(_ pass: inout Pass) {
        // A name the tagger took for an organisation is a person's when the passage calls its last word
        // "Mr" or "Dr" something: "Ed Balls, ex-chief economic adviser … But Mr Balls said".
        var titledSurnames = Set<[UInt8]>()
        for sentence in pass.sentences {
            for k in sentence where PersonNames.isNameWord(pass.text, k) && PersonNames.hasTitle(pass.text, before: k, sentence: sentence) {
                titledSurnames.insert(Array(pass.text.foldedToken(k)))
            }
        }
        if !titledSurnames.isEmpty {
            for (index, span) in pass.taggerSpans.enumerated() where span.type == .organisation && (2...3).contains(span.range.count) {
                let last = span.range.upperBound - 1
                guard titledSurnames.contains(Array(pass.text.foldedToken(last))),
                      span.range.allSatisfy({ PersonNames.isNameWord(pass.text, $0) }),
                      !pass.text.token(last, is: [.organisationHeads, .companyHeads]) else { continue }
                pass.retypeTaggerSpan(index, as: .person)
            }
        }
        for span in pass.taggerSpans where span.type == .person {
            let name = PersonNames.withoutTitle(pass.text, span.range)
            guard name.count >= 2, !pass.matches(overlapping: span.range).contains(where: { !$0.aliases.contains(where: gazetteer.isPerson) })
            else { continue }
            let written = pass.text.string(name)
            if let index = gazetteer.ids(forAlias: written).compactMap(gazetteer.index(of:))
                .first(where: { gazetteer.entities[$0].kind == .actor && gazetteer.entities[$0].subkind == "person" }) {
                let entity = gazetteer.entities[index]
                people.remember(PersonNames.Person(id: entity.id, name: entity.name, entity: index))
            } else {
                people.remember(PersonNames.Person(id: EntitySlug.make(written), name: written, entity: nil), pass.text, name)
            }
        }
    }

    private mutating func claimWeapons(_ pass: inout Pass) {
        let gazetteer = self.gazetteer
        let isWeapon = { (alias: Int32) in gazetteer.kind(ofAlias: alias) == .weapon }
        for match in pass.matches {
            guard let alias = match.aliases.first(where: isWeapon), !pass.isTaken(match.tokens),
                  !WeaponNames.namesAPerson(pass.text, match.tokens), !WeaponContext.isIdiom(pass.text, match.tokens) else { continue }
            let sentence = pass.sentence(of: match.tokens.lowerBound)
            let span = WeaponPhrases.extend(pass.text, match.tokens, sentence: sentence, taken: pass.taken)
            pass.claim(span, alias: alias, gazetteer: gazetteer)
        }
        for k in 0..<pass.text.count where !pass.taken[k] {
            let sentence = pass.sentence(of: k)
            guard let found = WeaponPhrases.compound(pass.text, at: k, sentence: sentence, gazetteer: gazetteer, isWeapon: isWeapon),
                  !pass.isTaken(found.tokens) else { continue }
            let span = WeaponPhrases.extend(pass.text, found.tokens, sentence: sentence, taken: pass.taken)
            pass.claim(span, alias: found.alias, gazetteer: gazetteer, fromRule: true)
        }
        claimWeaponShapes(&pass)
        var weapon = [Bool](repeating: false, count: pass.text.count)
        for claim in pass.claims where claim.mention.kind == .weapon { for t in claim.tokens { weapon[t] = true } }
        for found in WeaponContext.find(pass.text, sentences: pass.sentences, taken: pass.taken, weapon: weapon) {
            if let index = gazetteer.index(of: found.classID) { pass.claim(found.tokens, entity: index, gazetteer: gazetteer) }
        }
    }

    /// Ships by their navy's prefix and designations by their shape, where the gazetteer named neither.
    private func claimWeaponShapes(_ pass: inout Pass) {
        for k in 0..<pass.text.count where !pass.taken[k] {
            let sentence = pass.sentence(of: k)
            var found = WeaponNames.ship(pass.text, at: k, sentence: sentence)
            if found == nil, let designation = WeaponNames.designation(pass.text, at: k) { found = designation.tokens }
            guard let tokens = found, !pass.isTaken(tokens) else { continue }
            var name = pass.text.string(tokens)
            if tokens.count == 1, name.hasSuffix("s"), WeaponNames.designation(pass.text, at: k)?.plural == true { name.removeLast() }
            let id = EntitySlug.make(name)
            let listed = gazetteer.entity(id)
            pass.claim(tokens, mention: EntityMention(
                id: listed?.id ?? id, kind: .weapon, subkind: listed?.subkind ?? "system", name: listed?.name ?? name,
                range: pass.text.byteRange(tokens), alias: nil))
        }
    }

    private mutating func claimPlaceCues(_ pass: inout Pass) {
        for sentence in pass.sentences {
            for found in PlaceCues.find(pass.text, sentence: sentence) where !pass.isTaken(found.tokens) {
                // A gazetteer name as long or longer says it better ("Kursk region" listed as Kursk Oblast).
                if pass.matches(overlapping: found.tokens).contains(where: { $0.tokens.count >= found.tokens.count }) {
                    continue
                }
                let core = pass.text.string(found.core)
                let places = gazetteer.ids(forAlias: core).compactMap(gazetteer.index(of:))
                    .filter { gazetteer.entities[$0].kind == .place }
                if let index = places.first(where: { gazetteer.entities[$0].subkind == found.subkind }),
                   found.subkind == "city" || found.tokens.count == found.core.count {
                    pass.claim(found.core, entity: index, gazetteer: gazetteer)
                    continue
                }
                let name = pass.text.string(found.tokens)
                pass.claim(found.tokens, mention: EntityMention(
                    id: EntitySlug.make(name), kind: .place, subkind: found.subkind, name: name,
                    range: pass.text.byteRange(found.tokens), alias: nil))
            }
        }
    }

    private mutating func claimTitledPeople(_ pass: inout Pass) {
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

    private mutating func claimGazetteerNames(_ pass: inout Pass) {
        let gazetteer = self.gazetteer
        for match in pass.matches where !pass.isTaken(match.tokens) && !WeaponNames.namesAPerson(pass.text, match.tokens)
            && !WeaponContext.isIdiom(pass.text, match.tokens) {
            let sentence = pass.sentence(of: match.tokens.lowerBound)
            let taggerSpan = pass.taggerSpan(containing: match.tokens)
            let hasPerson = match.aliases.contains(where: gazetteer.isPerson)
            let hasActor = match.aliases.contains { gazetteer.kind(ofAlias: $0) == .actor }
            // A person or organisation the tagger found where the gazetteer knows only a place is that
            // name: "Chad Smith", "Bank of Japan", "Leeds beat Chelsea" (clubs named after their towns) —
            // except a country named alone: the tagger's organisation is the state acting, and its
            // person is no evidence at all ("my Ukraine football shirt"): a country is never a person.
            var taggerSeesState = false
            if let span = taggerSpan, !hasActor, span.type == .person || span.type == .organisation,
               !pass.isTaken(span.range) {
                let isCountry = match.aliases.contains { gazetteer.entities[gazetteer.entityIndex(ofAlias: $0)].subkind == "country" }
                guard span.range == match.tokens, isCountry else { continue }
                taggerSeesState = span.type == .organisation
            }
            // A surname the article gave in full before is that person, not a place ("Austin", "Jordan").
            if !hasPerson, match.tokens.count == 1, let person = people.recall(pass.text, match.tokens.lowerBound),
               pass.text.tokens[match.tokens.lowerBound].isCapitalised {
                pass.claim(match.tokens, mention: personMention(person, pass.text, match.tokens))
                continue
            }
            let personEvidence = pass.personCue.contains(match.tokens.lowerBound) || taggerSpan?.type == .person
                || pass.isCoordinatedWithPerson(match.tokens, sentence: sentence)
            let acting = CountryPolicy.acts(pass.text, match.tokens, sentence: sentence, isPlace: { range in
                pass.matches(overlapping: range).contains { $0.tokens == range && $0.aliases.contains { gazetteer.kind(ofAlias: $0) == .place } }
            }) || CountryPolicy.isSeatOfReception(pass.text, match.tokens, sentence: sentence) || taggerSeesState
            let alias = choose(match.aliases, taggerType: taggerSpan?.type, personEvidence: personEvidence, acting: acting)
            let entity = gazetteer.entities[Int(gazetteer.names.aliases[Int(alias)].entity)]
            if entity.kind == .actor, entity.subkind == "person" {
                let person = PersonNames.Person(id: entity.id, name: entity.name, entity: Int(gazetteer.names.aliases[Int(alias)].entity))
                people.remember(person)
            }
            let entityIndex = gazetteer.entityIndex(ofAlias: alias)
            // A capital for its government: "not well received in Washington", "Moscow has denied".
            if entity.kind == .place, entity.subkind == "city", !hasActor,
               let government = CapitalGovernment.mention(pass.text, match.tokens, city: entityIndex, sentence: sentence,
                                                          gazetteer: gazetteer, isCapital: { pass.isCapital($0, gazetteer) }) {
                pass.claim(match.tokens, mention: government.mention, entity: government.entity)
                continue
            }
            if entity.kind == .place, entity.subkind == "country", acting {
                var mention = pass.mention(match.tokens, alias: alias, gazetteer: gazetteer)
                mention.kind = .actor
                mention.subkind = "state"
                pass.claim(match.tokens, mention: mention, entity: Int(gazetteer.names.aliases[Int(alias)].entity))
            } else {
                pass.claim(match.tokens, alias: alias, gazetteer: gazetteer)
            }
        }
    }

    private mutating func claimTaggerNames(_ pass: inout Pass) {
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
    private mutating func claimSurnames(_ pass: inout Pass) {
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

    private func personMention(_ person: PersonNames.Person, _ text: EntityText, _ name: Range<Int>) -> EntityMention {
        EntityMention(id: person.id, kind: .actor, subkind: "person", name: person.name, range: text.byteRange(name), alias: nil)
    }

    // MARK: choosing among entities that share a name

    /// The alias of the entity the name most likely means: the kind the
    /// tagger or a title points to, an actor when the name acts, the entity or
    /// its relatives mentioned before; the first loaded on a tie.
    private func choose(_ aliases: [Int32], taggerType: TaggerTag.NameType?, personEvidence: Bool, acting: Bool) -> Int32 {
        guard aliases.count > 1 else { return aliases[0] }
        var best = aliases[0]
        var bestScore = Int.min
        for alias in aliases {
            let index = Int(gazetteer.names.aliases[Int(alias)].entity)
            let entity = gazetteer.entities[index]
            var score = 0
            if personEvidence { score += entity.subkind == "person" ? 4 : -2 }
            switch taggerType {
            case .person?: score += entity.subkind == "person" ? 2 : 0
            case .organisation?: score += entity.kind == .actor && entity.subkind != "person" ? 2 : 0
            case .location?: score += entity.kind == .place ? 2 : 0
            default: break
            }
            if acting, entity.kind == .actor, entity.subkind != "person" { score += 3 }
            if seen.contains(index) { score += 3 }
            if let parent = entity.parent.flatMap(gazetteer.index(of:)), seen.contains(parent) || seenParents.contains(parent) {
                score += 1
            }
            if seenParents.contains(index) { score += 1 }
            if score > bestScore {
                best = alias
                bestScore = score
            }
        }
        return best
    }

}
