import Xapian
import PassimEntities
import PassimSupport

/// One entity as a node of the co-occurrence graph: what it is and how
/// many passages and articles name it.
package struct EntityNode: Hashable, Sendable {
    package var kind: EntityKind
    package var id: String
    package var name: String
}

/// Two entities named in the same passages.
package struct EntityEdge: Sendable {
    package var first: EntityNode, second: EntityNode
    package var passages: Int, articles: Int
}

/// Entities named together, counted over the passages a query admits (all
/// when none): `passim entities --pairs` and the tables of `passim entities`.
/// One pass over the passages' entity values, a page of hits at a time, so
/// memory grows with the distinct entities and pairs, not the passages.
/// Articles are counted as each ends: an article's passages are written
/// together, so within a shard they are consecutive documents.
package struct EntityCooccurrence {
    /// Entities are numbered as first seen; counts and pairs use the numbers
    /// (a pair is two numbers in one word), which keeps a big graph small.
    private var numbers: [EntityNode: Int] = [:]
    private var known: [EntityNode] = []
    private var passages: [Int] = [], articles: [Int] = []
    private var pairPassages: [UInt64: Int32] = [:]
    private var pairArticles: [UInt64: Int32] = [:]
    /// Per shard, the article being read and what it has named so far.
    private var current: [Int: (article: UInt64, nodes: Set<Int>, pairs: Set<UInt64>)] = [:]

    /// Passages read per search page.
    static let page: UInt32 = 10_000

    /// `kinds` empty: every kind takes part.
    package static func count(in database: Database, index: String, query text: String?,
                              kinds: Set<EntityKind>, pairs: Bool) throws(PassimError) -> EntityCooccurrence {
        var result = EntityCooccurrence()
        do {
            let query = try text.map { text throws(PassimError) in try UserQuery.parse(text, database: database).query }
                ?? Query.matchAll()
            let excluded = Set(try EntitySnippets.filters(of: query).map { "\($0.0.rawValue)\t\($0.1)" })
            // Unweighted, so hits come in document order (Xapian's order among
            // equal weights) and each shard's articles one after another.
            let unweighted = try query.scaled(by: 0)
            var options = SearchOptions()
            options.limit = page
            let shards = UInt32(max(1, database.databaseCount))
            while true {
                let results = try database.search(unweighted, options: options)
                for i in 0..<results.count {
                    let article = FNV1a.hash(Array(try results.value(i, slot: IndexSchema.articleSlot).utf8))
                    let nodes = Self.nodes(try results.value(i, slot: IndexSchema.entitySlot), kinds: kinds, excluded: excluded)
                    let shard = Int((try results.hit(i).documentID &- 1) % shards)
                    result.add(nodes, article: article, shard: shard, pairs: pairs)
                }
                if results.count < Int(page) { break }
                options.offset += page
            }
            for shard in result.current.keys { result.finishArticle(shard: shard) }
        } catch let error as XapianError {
            throw PassimError(error, index: index)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: index, detail: "\(error)")
        }
        return result
    }

    /// The entities of one passage's value, each once, without the bare
    /// classes ("weapon") and those the query filters on (they pair with all).
    static func nodes(_ value: String, kinds: Set<EntityKind>, excluded: Set<String>) -> [EntityNode] {
        var seen = Set<EntityNode>()
        var out: [EntityNode] = []
        for line in value.split(separator: "\n") {
            guard let facet = EntityFacet(line: String(line), count: 0), facet.id != facet.kind.rawValue,
                  kinds.isEmpty || kinds.contains(facet.kind), !excluded.contains("\(facet.kind.rawValue)\t\(facet.id)")
            else { continue }
            let node = EntityNode(kind: facet.kind, id: facet.id, name: facet.name)
            if seen.insert(node).inserted { out.append(node) }
        }
        return out
    }

    mutating func add(_ nodes: [EntityNode], article: UInt64, shard: Int, pairs: Bool) {
        if current[shard]?.article != article {
            finishArticle(shard: shard)
            current[shard] = (article, [], [])
        }
        var numbered: [Int] = []
        for node in nodes { numbered.append(number(node)) }
        numbered.sort()
        for n in numbered {
            passages[n] += 1
            current[shard]!.nodes.insert(n)
        }
        guard pairs, numbered.count > 1 else { return }
        for a in numbered.indices {
            for b in numbered.indices where b > a {
                let pair = UInt64(numbered[a]) << 32 | UInt64(numbered[b])
                pairPassages[pair, default: 0] += 1
                current[shard]!.pairs.insert(pair)
            }
        }
    }

    private mutating func number(_ node: EntityNode) -> Int {
        if let n = numbers[node] { return n }
        numbers[node] = known.count
        known.append(node)
        passages.append(0)
        articles.append(0)
        return known.count - 1
    }

    /// Counts the shard's current article once for all it named.
    mutating func finishArticle(shard: Int) {
        guard let done = current.removeValue(forKey: shard) else { return }
        for n in done.nodes { articles[n] += 1 }
        for pair in done.pairs { pairArticles[pair, default: 0] += 1 }
    }

    /// Entities, most named first (ties by name).
    package var nodes: [(node: EntityNode, passages: Int, articles: Int)] {
        known.indices.map { (known[$0], passages[$0], articles[$0]) }
            .sorted { a, b in
                a.passages != b.passages ? a.passages > b.passages
                    : (a.node.name, a.node.kind.rawValue, a.node.id) < (b.node.name, b.node.kind.rawValue, b.node.id)
            }
    }

    /// Pairs, most passages together first, with at least `minimum` passages.
    package func edges(minimum: Int = 1) -> [EntityEdge] {
        pairPassages.filter { Int($0.value) >= minimum }
            .map { pair, count in
                var (first, second) = (known[Int(pair >> 32)], known[Int(pair & 0xFFFF_FFFF)])
                if (second.kind.rawValue, second.id) < (first.kind.rawValue, first.id) { swap(&first, &second) }
                return EntityEdge(first: first, second: second, passages: Int(count), articles: Int(pairArticles[pair] ?? 0))
            }
            .sorted { a, b in
                a.passages != b.passages ? a.passages > b.passages
                    : (a.first.name, a.second.name, a.first.id, a.second.id) < (b.first.name, b.second.name, b.first.id, b.second.id)
            }
    }
}
