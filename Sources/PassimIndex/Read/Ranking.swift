import Xapian
import PassimEntities
import PassimSupport

/// Turns the parsed query into the query that ranks, as named parts whose
/// weights add up to a hit's score (so `--explain` can show each):
/// - the query itself, BM25 over passages (stopwords dropped from free text);
/// - the words of the article's title, at a fraction of the weight;
/// - for long free-text queries (descriptions rather than keywords), or on
///   request: pseudo-relevance feedback — the terms that best characterise
///   the first hits (Xapian's expand set), at a fraction of the weight.
///
/// Measured on Cranfield (odd queries; `eval/ranking/cranfield`): stopwords,
/// BM25 k1 = 1.8 and title words help; feedback helps long queries most and
/// hurts short, precise ones (`eval/ranking/passages`), hence the threshold;
/// boosting query words found near each other hurt both and is not used.
package struct RankedQuery {
    package struct Part {
        /// What the part is, in words: "title words", "feedback: …".
        package var label: String
        /// The part as it enters the ranking (scaled).
        package var query: Query
        /// Whether it may add matches (feedback) or only weight (the rest).
        package var broadens = false
    }

    /// The query as typed.
    package var base: Query
    package var boosts: [Part] = []
    /// What the query's filters and exclusions admit (`folder:`, `date:`,
    /// `-word`): the matches feedback adds stay within them.
    package var constraints: Query?
    /// What `--explain` says besides the parts: why feedback was not used.
    package var notes: [String] = []

    /// What ranks: the query, with the boosts adding weight to what it
    /// matches, and feedback adding matches of its own.
    package func combined() throws(XapianError) -> Query {
        var result = base
        for part in boosts { result = try result.combined(part.broadens ? .or : .andMaybe, part.query) }
        if let constraints, boosts.contains(where: \.broadens) { result = try result.combined(.filter, constraints) }
        return result
    }
}

package enum Ranking {
    package typealias Settings = RankingSettings

    /// The query with title and entity evidence added.
    package static func ranked(_ parsed: ParsedQuery, settings s: Settings = Tuning.ranking) throws(XapianError) -> RankedQuery {
        var ranked = RankedQuery(base: parsed.query, constraints: try parsed.query.constraints())
        let terms = try parsed.query.terms()
        // An entity filter only restricts; its terms, counted per passage,
        // then rank what it admits: passages that name the entity (or, for a
        // class, any of its kinds) more often come first.
        let filtered = terms.filter { term in EntityKind.allCases.contains { term.hasPrefix(IndexSchema.filterPrefix($0)) } }
        if s.entityWeight > 0, let entities = try anyOf(filtered) {
            ranked.boosts.append(.init(label: "entities named", query: try entities.scaled(by: s.entityWeight)))
        }
        // Names typed in several words, and places named by their adjective,
        // match as the entity too.
        if let added = parsed.contentWords?.addedEntities, let entities = try anyOf(added) {
            ranked.base = try ranked.base.combined(.or, entities)
        }
        let words = terms.filter { $0.hasPrefix("Z") && !$0.hasPrefix("Z" + IndexSchema.titlePrefix) }
        if s.titleWeight > 0, let title = try titleWords(words) {
            ranked.boosts.append(.init(label: "title words", query: try title.scaled(by: s.titleWeight)))
        }
        return ranked
    }

    /// Each word's title term, counted only in passages that hold the word
    /// themselves: an article's title says what its passages are about, not
    /// that a passage without the word is about it.
    private static func titleWords(_ words: [String]) throws(XapianError) -> Query? {
        var result: Query?
        for word in words {
            let q = try Query(term: "Z" + IndexSchema.titlePrefix + word.dropFirst()).combined(.filter, try Query(term: word))
            result = try result.map { (r: Query) throws(XapianError) in try r.combined(.or, q) } ?? q
        }
        return result
    }

    /// OR of the given terms, or nil for none.
    private static func anyOf(_ terms: [String]) throws(XapianError) -> Query? {
        var result: Query?
        for term in terms {
            let q = try Query(term: term)
            result = try result.map { (r: Query) throws(XapianError) in try r.combined(.or, q) } ?? q
        }
        return result
    }
}
