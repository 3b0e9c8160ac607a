import Xapian
import PassimSupport

extension Ranking {
    /// Whether a query gets feedback: on request, else when it is long free text.
    package static func wantsFeedback(_ parsed: ParsedQuery, requested: Bool?, settings s: Settings = Tuning.ranking) -> Bool {
        requested ?? (parsed.freeTextTerms.count >= s.feedbackMinWords)
    }

    /// Adds the terms that characterise the first hits of `results` (the
    /// query's first hits, from `probe`), so that feedback cannot drift from
    /// the query: only when the first hits agree on one of the query's words
    /// (the rarest such word anchors it), and never adding more than
    /// `feedbackShare` of the query's best score. Keywords name what they are
    /// after: every first hit must hold the anchor, and feedback only reorders
    /// and extends the passages that hold it too. A description (as many
    /// content words as get feedback) says what it wants in words that its
    /// relevant passages vary: a majority of the first hits
    /// (`feedbackAgreement`) holding one word is agreement enough, and
    /// feedback may add passages without it. `--explain` says why it was
    /// used, or why not (`ranked.notes`).
    package static func addFeedback(to ranked: inout RankedQuery, from results: SearchResults, words: ContentWords?,
                                    probe: RelevanceProbe, settings s: Settings = Tuning.ranking) throws(XapianError) {
        let top = min(results.count, s.feedbackTop)
        guard top > 0 else { return }
        let first = try (0..<top).map { i throws(XapianError) in try results.hit(i).documentID }
        var anchor: ContentWords.Unit?
        let describes = words.map { isDescription($0, settings: s) } ?? false
        let agreeing = describes ? Int((s.feedbackAgreement * Double(top)).rounded(.up)) : top
        if let words, !words.units.isEmpty {
            anchor = try agreedWord(of: first, among: words, held: agreeing, ranked, probe: probe)
            guard anchor != nil else {
                ranked.notes.append(agreeing == top ? "no feedback: the first \(top) hits share none of the query's words"
                                    : "no feedback: no word of the query is in \(agreeing) of the first \(top) hits")
                return
            }
        }
        guard var added = try expansion(of: results, settings: s) else { return }
        if let anchor, !describes { added.query = try added.query.combined(.filter, anchor.query) }
        let queryBest = try probe.best(ranked.base)
        let feedbackBest = try probe.best(added.query)
        guard queryBest > 0, feedbackBest > 0 else { return }
        let factor = min(s.feedbackWeight, s.feedbackShare * queryBest / feedbackBest)
        let held = agreeing == top ? "the first \(top) hits all hold" : "\(agreeing) or more of the first \(top) hits hold"
        let why = anchor.map { "; \(held) “\($0.words)”" } ?? ""
        ranked.boosts.append(.init(label: "feedback (\(added.shown)…\(why))", query: try added.query.scaled(by: factor),
                                   broadens: true))
    }

    /// Whether the query is a description rather than keywords: as many
    /// content words as get feedback (the all-words lift leaves it alone too).
    package static func isDescription(_ words: ContentWords, settings s: Settings = Tuning.ranking) -> Bool {
        words.wordCount >= s.feedbackMinWords
    }

    /// The rarest of the query's words (by how many passages hold them)
    /// that at least `held` of the `first` hits hold: what the first hits
    /// agree the query is about; nil when they agree on none.
    private static func agreedWord(of first: [UInt32], among words: ContentWords, held: Int, _ ranked: RankedQuery,
                                   probe: RelevanceProbe) throws(XapianError) -> ContentWords.Unit? {
        let rarestFirst = words.units.sorted { $0.frequency < $1.frequency }
        let query = try ranked.combined()
        let firstHits = Set(first)
        for unit in rarestFirst {
            // The query's first hits that hold the unit are its first hits filtered by the unit.
            let holding = try probe.documents(try query.combined(.filter, unit.query), count: first.count)
            if firstHits.intersection(holding).count >= held { return unit }
        }
        return nil
    }

    /// The terms that best characterise the first hits (Xapian's expand
    /// set), each weighed against the strongest, and the first few to show.
    private static func expansion(of results: SearchResults,
                                  settings s: Settings) throws(XapianError) -> (query: Query, shown: String)? {
        // Function words can characterise a few passages too; they are never wanted.
        let expansion = try results.expansionTerms(top: s.feedbackTop, count: s.feedbackTerms * 2, prefix: "Z")
            .filter { !Stopwords.set.contains(String($0.term.dropFirst())) }
            .prefix(s.feedbackTerms)
        guard let strongest = expansion.first?.weight, strongest > 0 else { return nil }
        var added: Query?
        for (term, weight) in expansion {
            let q = try Query(term: term).scaled(by: weight / strongest)
            added = try added.map { (a: Query) throws(XapianError) in try a.combined(.or, q) } ?? q
        }
        guard let added else { return nil }
        return (added, expansion.prefix(6).map { String($0.term.dropFirst()) }.joined(separator: ", "))
    }
}
