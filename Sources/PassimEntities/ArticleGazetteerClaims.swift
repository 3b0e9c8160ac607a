/// Steps 2 and 4 of `ArticleTagger`: places named by cues, then the gazetteer's names, with the
/// entity chosen among those sharing a name and the country and capital policies applied.
extension ArticleTagger {
    mutating func claimPlaceCues(_ pass: inout Pass) {
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

    mutating func claimGazetteerNames(_ pass: inout Pass) {
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
            claimChosen(&pass, match, alias: alias, sentence: sentence, hasActor: hasActor, acting: acting)
        }
    }

    /// Claims `match` for the entity of `alias`: a capital standing for its government as that
    /// government, a country that acts as the state, anything else as itself.
    private mutating func claimChosen(_ pass: inout Pass, _ match: GazetteerNames.Match, alias: Int32,
                                      sentence: Range<Int>, hasActor: Bool, acting: Bool) {
        let gazetteer = self.gazetteer
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
            return
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
