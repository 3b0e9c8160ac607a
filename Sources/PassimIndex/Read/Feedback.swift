import Xapian
import PassimSupport

extension Ranking {
    /// Whether a query gets feedback: on request, else when it is long free text.
    package static func wantsFeedback(_ parsed: ParsedQuery, requested: Bool?, settings s: Settings = Tuning.ranking) -> Bool {
        requested ?? (parsed.freeTextTerms.count >= s.feedbackMinWords)
    }

    /// Adds the terms that characterise the first hits of `results` (the
    /// query's first hits, from `probe`), so that feedback cannot drift from
    /// the query: only when the first hits all hold one of the query's words
    /// (they agree on what it is about; the rarest such word anchors it),
    /// only on passages that hold that word too (it reorders and extends, never opens a new topic), and
    /// never adding more than `feedbackShare` of the query's best score.
    /// `--explain` says why it was used, or why not (`ranked.notes`).
    package static func addFeedback(to ranked: inout RankedQuery, from results: SearchResults, words: ContentWords?,
                                    probe: RelevanceProbe, settings s: Settings = Tuning.ranking) throws(XapianError) {
        let top = min(results.count, s.feedbackTop)
        guard top > 0 else { return }
        let first = try (0..<top).map { i throws(XapianError) in try results.hit(i).documentID }
        var anchor: ContentWords.Unit?
        if let words, !words.units.isEmpty {
            anchor = try agreedWord(of: first, among: words, ranked, probe: probe)
            guard anchor != nil else {
                ranked.notes.append("no feedback: the first \(top) hits share none of the query's words")
                return
            }
        }
        guard var added = try expansion(of: results, settings: s) else { return }
        if let anchor { added.query = try added.query.combined(.filter, anchor.query) }
        let queryBest = try probe.best(ranked.base)
        let feedbackBest = try probe.best(added.query)
        guard queryBest > 0, feedbackBest > 0 else { return }
        let factor = min(s.feedbackWeight, s.feedbackShare * queryBest / feedbackBest)
        let why = anchor.map { "; the first \(top) hits all hold “\($0.words)”" } ?? ""
        ranked.boosts.append(.init(label: "feedback (\(added.shown)…\(why))", query: try added.query.scaled(by: factor),
                                   broadens: true))
    }

    /// The rarest of the query's words (by how many passages hold them)
    /// that every one of the `first` hits holds: what the first hits agree
    /// the query is about; nil when they agree on none.
    private static func agreedWord(of first: [UInt32], among words: ContentWords, _ ranked: RankedQuery,
                                   probe: RelevanceProbe) throws(XapianError) -> ContentWords.Unit? {
        let rarestFirst = words.units.sorted { $0.frequency < $1.frequency }
        let query = try ranked.combined()
        for unit in rarestFirst {
            let holding = try probe.documents(try query.combined(.filter, unit.query), count: first.count)
            if Set(holding) == Set(first) { return unit }
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
