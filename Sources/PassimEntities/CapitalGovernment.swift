/// A capital standing for its country's government: "Moscow said", "Kyiv has vowed", "Washington's
/// position", "talks between Moscow and Kyiv". The mention is the organisation the gazetteer lists as
/// the country's government (`kremlin`, `white-house`); for a country with none listed, an
/// organisation of its own, id `<country id>-government` ("ukraine-government", name "Ukraine
/// government"). Place contexts ("in Moscow", "to Kyiv") leave the city a place.
package enum CapitalGovernment {
    /// The mention for the city at `name`, when its context makes it a government.
    package static func mention(_ text: EntityText, _ name: Range<Int>, city: Int, sentence: Range<Int>,
                                gazetteer: Gazetteer, isCapital: (Range<Int>) -> Bool)
        -> (mention: EntityMention, entity: Int?)? {
        guard let country = country(ofCapital: city, gazetteer) else { return nil }
        guard CountryPolicy.actsAsGovernment(text, name, sentence: sentence)
                || CountryPolicy.isBetweenGovernments(text, name, sentence: sentence, isCapital: isCapital)
                || namesAGovernment(text, name, sentence: sentence) || isDealtWith(text, name, sentence: sentence)
        else { return nil }
        if let index = gazetteer.government(of: city) {
            let entity = gazetteer.entities[index]
            return (EntityMention(id: entity.id, kind: entity.kind, subkind: entity.subkind, name: entity.name,
                                  range: text.byteRange(name), alias: nil), index)
        }
        let state = gazetteer.entities[country]
        return (EntityMention(id: state.id + "-government", kind: .actor, subkind: "organisation",
                              name: state.name + " government", range: text.byteRange(name), alias: nil), nil)
    }

    /// "the Kiev regime", "the Moscow authorities": the capital as the adjective of a government noun.
    static func namesAGovernment(_ text: EntityText, _ name: Range<Int>, sentence: Range<Int>) -> Bool {
        let next = name.upperBound
        guard next < sentence.upperBound, !text.tokens[next].isCapitalised else { return false }
        return text.token(next, is: .governmentNouns)
    }

    /// "supplies to Kiev", "weapons for Kyiv", "pressure on Moscow", "sanctions against Moscow": the capital
    /// as the one a government's dealings are with. After a verb ("flew to Kyiv", "strikes on Kyiv") it
    /// stays a place.
    static func isDealtWith(_ text: EntityText, _ name: Range<Int>, sentence: Range<Int>) -> Bool {
        let preposition = name.lowerBound - 1
        guard preposition > sentence.lowerBound,
              dealingPrepositions.contains(where: { text.token(preposition, foldsTo: $0) }) else { return false }
        return text.token(preposition - 1, is: .dealingsWithGovernments)
    }

    private static let dealingPrepositions = ["to", "for", "on", "against"].map { Array($0.utf8) }

    /// The country a city is the seat of government of: a city the gazetteer flags `capital` (the shipped
    /// places take the flag from GeoNames' capital of each country), and the country found through its
    /// parents (Washington → District of Columbia → United States).
    package static func country(ofCapital city: Int, _ gazetteer: Gazetteer) -> Int? {
        let entity = gazetteer.entities[city]
        guard entity.kind == .place, entity.subkind == "city", entity.isCapital else { return nil }
        var current = entity.parent.flatMap(gazetteer.index(of:))
        var steps = 0
        while let index = current, steps <= gazetteer.entities.count {
            if gazetteer.entities[index].subkind == "country" { return index }
            current = gazetteer.entities[index].parent.flatMap(gazetteer.index(of:))
            steps += 1
        }
        return nil
    }
}
