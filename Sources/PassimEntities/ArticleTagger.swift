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
    var memory = TaggerMemory()
    var people = PersonNames()
    /// Gazetteer entities mentioned so far, and their parents: evidence for ambiguous names.
    var seen: Set<Int> = []
    var seenParents: Set<Int> = []

    package init(recognizer: EntityRecognizer) {
        self.recognizer = recognizer
    }

    var gazetteer: Gazetteer { recognizer.gazetteer }

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
}
