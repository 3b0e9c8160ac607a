/// The actors, weapons and places Passim knows by name, loaded from gazetteer
/// files (docs/gazetteer.md), with their names indexed for matching in text
/// and their parent links for "weapon:missile finds Iskanders".
///
/// Files load in order: a later file adds entities, and a line whose id is
/// already loaded replaces that entity (all its names and its parent) in place,
/// so it keeps the earlier one's rank when two entities share a name.
package struct Gazetteer: Sendable {
    /// Every entity, in load order.
    package let entities: [Entity]
    private let indexByID: [String: Int]
    private let children: [[Int]]
    package let names: GazetteerNames
    /// The spellings the romanisation rules add to people and places (docs/gazetteer.md).
    package let variants: GazetteerVariants
    /// Per alias of `names`: its entity's index, kind, and whether it is a person (for the hot paths).
    private let aliasEntity: [Int32]
    private let aliasKind: [EntityKind]
    private let aliasIsPerson: [Bool]
    /// Country index → the organisation that is its government (parent the country, "government" in a name).
    private let governments: [Int: Int]

    /// Loads and checks the files at `paths`, in order.
    package init(paths: [String]) throws(GazetteerError) {
        var lines: [GazetteerLine] = []
        for path in paths { lines += try GazetteerFile.read(path: path) }
        try self.init(lines: lines)
    }

    /// A gazetteer of the given entities, checked as files are (parents must exist, no cycles).
    package init(entities: [Entity]) throws(GazetteerError) {
        try self.init(lines: entities.enumerated().map { GazetteerLine(entity: $1, file: "<entities>", line: $0 + 1) })
    }

    /// Parses gazetteer text (for tests and tools); `file` names it in errors.
    package init(text: String, file: String = "<text>") throws(GazetteerError) {
        try self.init(lines: GazetteerFile.parse(Array(text.utf8), file: file))
    }

    package init(lines: [GazetteerLine]) throws(GazetteerError) {
        var entities: [Entity] = []
        var origins: [GazetteerLine] = []
        var indexByID: [String: Int] = [:]
        for line in lines {
            if let existing = indexByID[line.entity.id] {
                entities[existing] = line.entity
                origins[existing] = line
            } else {
                indexByID[line.entity.id] = entities.count
                entities.append(line.entity)
                origins.append(line)
            }
        }
        var children = [[Int]](repeating: [], count: entities.count)
        for (index, entity) in entities.enumerated() {
            guard let parent = entity.parent else { continue }
            guard let parentIndex = indexByID[parent] else {
                let origin = origins[index]
                throw GazetteerError(file: origin.file, line: origin.line,
                                     message: "`\(entity.id)` has the parent `\(parent)`, which no gazetteer file defines; add it or leave the parent empty")
            }
            children[parentIndex].append(index)
        }
        // A parent chain must end: walk each one, at most as many steps as there are entities.
        for (index, entity) in entities.enumerated() {
            var current = entity.parent.flatMap { indexByID[$0] }
            var steps = 0
            while let step = current {
                if step == index || steps > entities.count {
                    let origin = origins[index]
                    throw GazetteerError(file: origin.file, line: origin.line,
                                         message: "`\(entity.id)` is its own ancestor through its parents; break the cycle")
                }
                steps += 1
                current = entities[step].parent.flatMap { indexByID[$0] }
            }
        }
        self.entities = entities
        self.indexByID = indexByID
        self.children = children
        let variants = GazetteerVariants(entities: entities, indexByID: indexByID)
        self.variants = variants
        var matched = entities
        for index in matched.indices { matched[index].aliases += variants.variants[index] }
        let names = GazetteerNames(entities: matched)
        self.names = names
        aliasEntity = names.aliases.map(\.entity)
        aliasKind = names.aliases.map { entities[Int($0.entity)].kind }
        aliasIsPerson = names.aliases.map { entities[Int($0.entity)].kind == .actor && entities[Int($0.entity)].subkind == "person" }
        var governments: [Int: Int] = [:]
        let government = Array("government".utf8)
        for (index, entity) in entities.enumerated() where entity.kind == .actor && entity.subkind == "organisation" {
            guard let parent = entity.parent.flatMap({ indexByID[$0] }), entities[parent].subkind == "country",
                  governments[parent] == nil else { continue }
            if ([entity.name] + entity.aliases).contains(where: { GazetteerNames.foldedTokens($0).contains(government) }) {
                governments[parent] = index
            }
        }
        self.governments = governments
    }

    /// The government of the country a place is in ("Washington" → the White House, when an organisation
    /// under the United States is called "US government"), if the gazetteer lists one.
    package func government(of place: Int) -> Int? {
        var current: Int? = place
        var steps = 0
        while let index = current, steps <= entities.count {
            if entities[index].kind == .place, entities[index].subkind == "country" { return governments[index] }
            current = entities[index].parent.flatMap { indexByID[$0] }
            steps += 1
        }
        return nil
    }

    /// The index of the entity an alias of `names` belongs to.
    package func entityIndex(ofAlias alias: Int32) -> Int { Int(aliasEntity[Int(alias)]) }
    package func kind(ofAlias alias: Int32) -> EntityKind { aliasKind[Int(alias)] }
    package func isPerson(alias: Int32) -> Bool { aliasIsPerson[Int(alias)] }

    package var count: Int { entities.count }

    /// Every spelling of the entity at `index`: its name, its aliases, then its generated variants.
    package func spellings(of index: Int) -> [String] {
        [entities[index].name] + entities[index].aliases + variants.variants[index]
    }

    /// The entity with this id.
    package func entity(_ id: String) -> Entity? {
        indexByID[id].map { entities[$0] }
    }

    package func index(of id: String) -> Int? { indexByID[id] }

    /// The ids of the entities that have `alias` as their name or one of their
    /// aliases (case and typographic apostrophes ignored), in load order.
    package func ids(forAlias alias: String) -> [String] {
        let tokens = GazetteerNames.foldedTokens(alias)
        var ids: [String] = []
        for aliasIndex in names.aliases(forFolded: tokens) {
            let id = entities[Int(names.aliases[Int(aliasIndex)].entity)].id
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The parent of `id`, its parent, and so on to the top.
    package func ancestors(of id: String) -> [String] {
        var result: [String] = []
        // A weapon named by its shape ("Su-30SM", "INS Vikrant") belongs to the class its prefix names.
        var current = entity(id)?.parent ?? WeaponNames.classID(ofUnlisted: id).flatMap { indexByID[$0] == nil ? nil : $0 }
        while let parent = current, result.count < entities.count {
            result.append(parent)
            current = entity(parent)?.parent
        }
        return result
    }

    /// Everything below `id`: its children, theirs, and so on (breadth first).
    package func descendants(of id: String) -> [String] {
        guard let start = indexByID[id] else { return [] }
        var result: [String] = []
        var queue = children[start]
        var next = 0
        while next < queue.count {
            let index = queue[next]
            next += 1
            result.append(entities[index].id)
            queue += children[index]
        }
        return result
    }

    /// The entities a user's filter text means: an id, or any name or alias,
    /// ignoring case ("Kursk region", "kursk-oblast", "ICBMs").
    package func resolve(_ filter: String) -> [String] {
        let trimmed = filter.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let lowered = String(decoding: TokenFold.folded(trimmed), as: UTF8.self)
        var ids: [String] = []
        if indexByID[lowered] != nil { ids.append(lowered) }
        for id in self.ids(forAlias: trimmed) where !ids.contains(id) { ids.append(id) }
        return ids
    }
}
