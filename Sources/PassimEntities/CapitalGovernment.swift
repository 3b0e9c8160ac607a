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

    /// The country a city is the seat of government of, as far as the gazetteer tells: a city whose
    /// country lists a government, or a city placed directly under its country rather than under a
    /// region (Kyiv, Moscow, Paris, Berlin; not Kharkiv, under Kharkiv Oblast).
    package static func country(ofCapital city: Int, _ gazetteer: Gazetteer) -> Int? {
        let entity = gazetteer.entities[city]
        guard entity.kind == .place, entity.subkind == "city" else { return nil }
        if let government = gazetteer.government(of: city), let country = gazetteer.entities[government].parent {
            return gazetteer.index(of: country)
        }
        guard let parent = entity.parent.flatMap(gazetteer.index(of:)),
              gazetteer.entities[parent].subkind == "country" else { return nil }
        return parent
    }
}
