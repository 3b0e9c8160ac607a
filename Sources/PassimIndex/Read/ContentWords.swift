import Xapian
import PassimEntities
import PassimSupport

/// The content words of a free-text query as the units a passage must hold
/// to hold "all the words": each word with the entity names it stands for,
/// and a name typed in several words ("General Zaluzhnyi", "Snake Island")
/// as one unit that the entity's other names also satisfy. The names come
/// from the index's synonym table (the gazetteer, `EntitySynonyms`), so any
/// alias or transliteration written there counts.
package struct ContentWords {
    package struct Unit {
        /// The words as typed, for `--explain`.
        package var words: String
        /// What a passage holds when it holds the unit.
        package var query: Query
        /// About how many passages hold the unit (its commonest term's
        /// count): the rarest unit says most about what the query is after.
        package var frequency: UInt64
    }

    package var units: [Unit] = []
    /// How many content words were typed (a name of several words counts each).
    package var wordCount = 0
    /// Entity terms that the parsed query lacks: names typed in several
    /// words, and places named by their adjective ("Crimean" → Crimea).
    package var addedEntities: [String] = []

    /// For two typed words, a passage holding them close together
    /// (`Tuning.ranking.nearWindow`); nil otherwise.
    package var closeTogether: Query?

    /// The longest name, in words, looked up in the synonym table.
    static let longestName = 4

    /// `plain`: the query's words as typed (`QueryWords.plain`); `word`
    /// parses one word as the full query would (stemmed, with its synonyms).
    package init(plain: [String], database: Database,
                 word: (String) throws(XapianError) -> Query) throws(XapianError) {
        // Names are looked up as the index wrote them (lower case, one space
        // between words); each word is parsed as typed ("MiG-29", "Kadyrov's").
        let tokens = plain.filter { !EntitySynonyms.queryWords($0).isEmpty }
        var i = 0
        while i < tokens.count {
            if let (length, entities) = try Self.name(at: i, in: tokens, database: database) {
                let typed = tokens[i..<(i + length)].joined(separator: " ")
                var all: Query?
                for token in tokens[i..<(i + length)] where !Stopwords.set.contains(token.lowercased()) {
                    wordCount += 1
                    let q = try word(token)
                    all = try all.map { (a: Query) throws(XapianError) in try a.combined(.and, q) } ?? q
                }
                let named = try Self.anyOf(entities)
                units.append(Unit(words: typed, query: try all.map { (a: Query) throws(XapianError) in try a.combined(.or, named) } ?? named,
                                  frequency: try Self.frequency(entities, database)))
                addedEntities += entities
                i += length
                continue
            }
            let token = tokens[i]
            i += 1
            guard !Stopwords.set.contains(token.lowercased()) else { continue }
            var q = try word(token)
            let terms = try q.terms()
            guard !terms.isEmpty else { continue }
            wordCount += 1
            var frequency = try Self.frequency(terms, database)
            if !terms.contains(where: { $0.hasPrefix("XE") }),
               let place = try Self.placeOfAdjective(EntitySynonyms.queryWords(token), database) {
                q = try q.combined(.or, try Query(term: place))
                addedEntities.append(place)
                frequency = max(frequency, try database.termFrequency(place))
            }
            units.append(Unit(words: token, query: q, frequency: frequency))
        }
    }

    /// The unit fewest passages hold.
    package var rarest: Unit? { units.min { $0.frequency < $1.frequency } }

    /// Every unit: what a passage must hold to hold all the query's words.
    package func all() throws(XapianError) -> Query? {
        var result: Query?
        for unit in units {
            result = try result.map { (r: Query) throws(XapianError) in try r.combined(.and, unit.query) } ?? unit.query
        }
        return result
    }

    /// The longest run of two or more words from `start` that the synonym
    /// table knows as an entity's name, with the entity's terms.
    private static func name(at start: Int, in tokens: [String],
                             database: Database) throws(XapianError) -> (Int, [String])? {
        var length = min(longestName, tokens.count - start)
        while length >= 2 {
            let key = EntitySynonyms.queryWords(tokens[start..<(start + length)].joined(separator: " "))
            let entities = try database.synonyms(of: key).filter { $0.hasPrefix("XE") }
            if !entities.isEmpty { return (length, entities) }
            length -= 1
        }
        return nil
    }

    /// The place an adjective of place names ("Crimean" → Crimea, "Syrian"
    /// → Syria, "Ukrainian" → Ukraine), when the index knows it: its mention
    /// term. English makes these adjectives by adding -n or -an, or -ian in
    /// place of a final -e.
    static func placeOfAdjective(_ word: String, _ database: Database) throws(XapianError) -> String? {
        guard word.utf8.count > 4, word.hasSuffix("an") else { return nil }
        var candidates = [String(word.dropLast())]
        if word.hasSuffix("ian") { candidates.append(String(word.dropLast(3)) + "e") }
        if word.hasSuffix("ean") { candidates.append(String(word.dropLast(2))) }
        let prefix = IndexSchema.mentionPrefix(.place)
        for candidate in candidates {
            if let term = try database.synonyms(of: candidate).first(where: { $0.hasPrefix(prefix) }) { return term }
            if try database.termFrequency(prefix + candidate) > 0 { return prefix + candidate }
        }
        return nil
    }

    private static func frequency(_ terms: [String], _ database: Database) throws(XapianError) -> UInt64 {
        var most: UInt64 = 0
        for term in terms { most = max(most, try database.termFrequency(term)) }
        return most
    }

    private static func anyOf(_ terms: [String]) throws(XapianError) -> Query {
        var result = try Query(term: terms[0])
        for term in terms.dropFirst() { result = try result.combined(.or, try Query(term: term)) }
        return result
    }
}
