import Xapian
import PassimSupport

extension Ranking {
    /// The label of the part that puts passages holding every content word
    /// first, in `--explain`.
    package static let allWordsLabel = "all the query's words"

    /// Makes passages that hold every content word of a free-text query (or
    /// the entities those words name) rank above every passage that misses
    /// one: they get a fixed amount just above the best score of any other
    /// passage, so BM25 orders each group within itself and never across.
    /// Only for keywords: a query of one word, or with operators (OR asked
    /// for), is left alone, and so is a description (as many words as get
    /// feedback), whose passages rarely hold every word; a name typed in
    /// several words is one unit, lifted over its words apart.
    /// Run again after feedback: the amount is measured on the query as it
    /// then ranks, within the search's dates and folder.
    package static func putAllWordsFirst(_ ranked: inout RankedQuery, _ words: ContentWords?,
                                         probe: RelevanceProbe, settings: Settings = Tuning.ranking) throws(XapianError) {
        ranked.boosts.removeAll { $0.label == allWordsLabel || $0.label == closeWordsLabel }
        guard let words, (2..<settings.feedbackMinWords).contains(words.wordCount), let all = try words.all() else { return }
        try lift(all, label: allWordsLabel, in: &ranked, probe: probe)
        // Of two words, those side by side say more than the same words a paragraph apart.
        if let near = words.closeTogether {
            try lift(try all.combined(.filter, near), label: closeWordsLabel, in: &ranked, probe: probe)
        }
    }

    /// The label of the part that puts two words close together first.
    package static let closeWordsLabel = "the query's words close together"

    /// Lifts the passages matching `group` just above the best of the rest.
    private static func lift(_ group: Query, label: String, in ranked: inout RankedQuery,
                             probe: RelevanceProbe) throws(XapianError) {
        let others = try probe.best(try ranked.combined().combined(.andNot, group))
        guard others > 0 else { return }
        // Just above the best of the others, so that a tie cannot interleave.
        let lift = try Query.fixedWeight(others * 1.0001).combined(.filter, group)
        ranked.boosts.append(.init(label: label, query: lift))
    }
}
