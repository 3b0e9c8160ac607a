/// The three kinds of thing Passim tags in articles.
package enum EntityKind: String, Sendable, CaseIterable, Codable {
    /// People, organisations (alliances, governments, armed forces and units,
    /// agencies, companies, groups) and states when they act.
    case actor
    /// Weapon classes (ballistic missile, drone…) and named systems (Iskander…).
    case weapon
    /// Countries, regions, cities and towns, geographic areas.
    case place
}

/// One entry of the gazetteer: something with a stable id and the names it goes by.
package struct Entity: Sendable, Equatable {
    /// Stable, lower-case, hyphenated: "kyrylo-budanov", "kursk-oblast", "kn-23".
    package var id: String
    package var kind: EntityKind
    /// person, organisation, state; class, system; country, region, city, area.
    package var subkind: String
    /// How the entity is shown: "Kyrylo Budanov".
    package var name: String
    /// Other names, spellings and transliterations: "Budanov", "Kirill Budanov".
    package var aliases: [String]
    /// The id of what it belongs to or is a kind of: Kursk Oblast → "russia",
    /// KN-23 → "ballistic-missile". Nil at the top.
    package var parent: String?
    /// A city that is the seat of its country's government (the gazetteer's `capital` flag), so that
    /// "Moscow said" can be the Russian government.
    package var isCapital: Bool

    package init(id: String, kind: EntityKind, subkind: String, name: String, aliases: [String] = [],
                parent: String? = nil, isCapital: Bool = false) {
        self.id = id
        self.kind = kind
        self.subkind = subkind
        self.name = name
        self.aliases = aliases
        self.parent = parent
        self.isCapital = isCapital
    }
}

/// One place in a text where an entity is mentioned.
package struct EntityMention: Sendable, Equatable {
    /// The gazetteer id, or for a name the gazetteer does not know, an id made
    /// from the name ("john-foreman").
    package var id: String
    package var kind: EntityKind
    package var subkind: String
    /// The entity's display name ("Kyrylo Budanov" for a mention "Budanov").
    package var name: String
    /// UTF-8 byte range of the mention in the text that was tagged (end exclusive).
    package var range: Range<Int>
    /// The alias of the gazetteer that matched, nil when a rule or the
    /// statistical tagger found the mention.
    package var alias: String?

    package init(id: String, kind: EntityKind, subkind: String, name: String, range: Range<Int>, alias: String?) {
        self.id = id
        self.kind = kind
        self.subkind = subkind
        self.name = name
        self.range = range
        self.alias = alias
    }
}
