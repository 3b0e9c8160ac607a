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
        let words = terms.filter { $0.hasPrefix("Z") && !$0.hasPrefix("Z" + IndexSchema.titlePrefix) }
        if s.titleWeight > 0, let title = try anyOf(words.map { "Z" + IndexSchema.titlePrefix + $0.dropFirst() }) {
            ranked.boosts.append(.init(label: "title words", query: try title.scaled(by: s.titleWeight)))
        }
        return ranked
    }

    /// Whether a query gets feedback: on request, else when it is long free text.
    package static func wantsFeedback(_ parsed: ParsedQuery, requested: Bool?, settings s: Settings = Tuning.ranking) -> Bool {
        requested ?? (parsed.freeTextTerms.count >= s.feedbackMinWords)
    }

    /// Adds the terms that characterise the first hits of `results`.
    package static func addFeedback(to ranked: inout RankedQuery, from results: SearchResults,
                            settings s: Settings = Tuning.ranking) throws(XapianError) {
        // Function words can characterise a few passages too; they are never wanted.
        let expansion = try results.expansionTerms(top: s.feedbackTop, count: s.feedbackTerms * 2, prefix: "Z")
            .filter { !Stopwords.set.contains(String($0.term.dropFirst())) }
            .prefix(s.feedbackTerms)
        guard let strongest = expansion.first?.weight, strongest > 0 else { return }
        var added: Query?
        for (term, weight) in expansion {
            let q = try Query(term: term).scaled(by: weight / strongest)
            added = try added.map { (a: Query) throws(XapianError) in try a.combined(.or, q) } ?? q
        }
        guard let added else { return }
        let shown = expansion.prefix(6).map { String($0.term.dropFirst()) }.joined(separator: ", ")
        ranked.boosts.append(.init(label: "feedback (\(shown)…)", query: try added.scaled(by: s.feedbackWeight),
                                   broadens: true))
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
