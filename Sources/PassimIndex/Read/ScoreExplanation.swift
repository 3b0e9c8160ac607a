import Xapian

/// The explain pass: the parts of a hit's score — each word of the query,
/// then each boost — each weighed on this passage alone (BM25 adds up over terms).
package enum ScoreExplanation {
    /// `options`: the ranking pass's, so each part is weighed as it ranked.
    package static func parts(of record: PassageRecord, _ ranked: RankedQuery, options: SearchOptions,
                              in database: Database) throws(XapianError) -> [ScorePart] {
        let passage = try Query(term: IndexSchema.passageIDPrefix + record.article.description + ":" + String(record.ordinal))
        var single = options
        single.offset = 0
        single.limit = 1
        single.collapseSlot = nil
        func weight(_ query: Query) throws(XapianError) -> Double {
            let results = try database.search(try query.combined(.filter, passage), options: single)
            return results.count > 0 ? try results.hit(0).weight : 0
        }
        var parts: [ScorePart] = []
        var words = 0.0
        for term in try ranked.base.terms() where term.hasPrefix("Z") {
            let w = try weight(try Query(term: term))
            if w > 0 {
                parts.append(ScorePart(label: "word “\(term.dropFirst())”", weight: w))
                words += w
            }
        }
        // Whatever the words alone do not explain: phrases, NEAR, filters.
        // A word that is also a name is weighed with its synonyms as one
        // (OP_SYNONYM), which can weigh less than the word alone: then the
        // words' parts are scaled down to the whole rather than shown
        // beside a negative remainder.
        let base = try weight(ranked.base)
        if base - words > 0.005 {
            parts.append(ScorePart(label: "names, phrases and filters", weight: base - words))
        } else if words - base > 0.005, words > 0 {
            parts = parts.map { ScorePart(label: $0.label, weight: $0.weight * base / words) }
        }
        for boost in ranked.boosts {
            let w = try weight(boost.query)
            if w > 0 { parts.append(ScorePart(label: boost.label, weight: w)) }
        }
        // Evidence left out, and why: it adds nothing, and says so.
        return parts + ranked.notes.map { ScorePart(label: $0, weight: 0) }
    }
}
