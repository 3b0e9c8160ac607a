/// The spelling variants of a gazetteer's people and places (`NameVariants`), each kept only when it
/// names no other entity: a variant that is another entity's name, or that two entities both generate,
/// is dropped and listed in `collisions`, so that rules never merge two places.
package struct GazetteerVariants: Sendable {
    /// Per entity (load order): its generated spellings.
    package let variants: [[String]]
    /// Each dropped variant and the ids of the entities it would have named (sorted).
    package let collisions: [(variant: String, ids: [String])]

    package init(entities: [Entity], indexByID: [String: Int]) {
        var owners: [UInt64: Set<Int>] = [:]
        for (index, entity) in entities.enumerated() {
            for name in [entity.name] + entity.aliases { if let key = Self.key(name) { owners[key, default: []].insert(index) } }
        }
        var generated: [[(String, UInt64)]] = []
        var generators: [UInt64: Set<Int>] = [:]
        for (index, entity) in entities.enumerated() {
            let isPerson = entity.kind == .actor && entity.subkind == "person"
            guard entity.kind == .place || isPerson else { generated.append([]); continue }
            let families = Self.country(of: index, entities, indexByID).map(NameVariants.families(ofCountry:)) ?? []
            var own: [(String, UInt64)] = []
            var keys = Set<UInt64>()
            for name in [entity.name] + entity.aliases {
                for variant in NameVariants.variants(of: name, families: families, isPerson: isPerson) {
                    guard let key = Self.key(variant), owners[key]?.contains(index) != true, keys.insert(key).inserted else { continue }
                    own.append((variant, key))
                    generators[key, default: []].insert(index)
                }
            }
            generated.append(own)
        }
        var collisions: [(String, [String])] = []
        var reported = Set<UInt64>()
        variants = generated.enumerated().map { index, own in
            own.compactMap { variant, key in
                let others = (owners[key] ?? []).union(generators[key] ?? [])
                if others == [index] { return variant }
                if reported.insert(key).inserted {
                    collisions.append((variant, others.map { entities[$0].id }.sorted()))
                }
                return nil
            }
        }
        self.collisions = collisions
    }

    /// The lookup key of a name: the running hash of its folded tokens, as the name index uses; nil
    /// for a name without words.
    private static func key(_ name: String) -> UInt64? {
        let tokens = GazetteerNames.foldedTokens(name)
        guard !tokens.isEmpty else { return nil }
        var hash = GazetteerNames.seed
        for token in tokens { hash = TokenFold.extend(hash, with: TokenFold.hash(token)) }
        return hash
    }

    /// The country an entity belongs to through its parents (itself for a country), if any.
    private static func country(of index: Int, _ entities: [Entity], _ indexByID: [String: Int]) -> String? {
        var current: Int? = index
        var steps = 0
        while let at = current, steps <= entities.count {
            if entities[at].kind == .place, entities[at].subkind == "country" { return entities[at].id }
            current = entities[at].parent.flatMap { indexByID[$0] }
            steps += 1
        }
        return nil
    }
}
