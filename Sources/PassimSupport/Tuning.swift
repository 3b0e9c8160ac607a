/// The numbers a user may want to tune, in one place.
package enum Tuning {
    /// Paragraphs shorter than this many words merge with the next one.
    package static let passageMinWords = 25
    /// Paragraphs longer than this split into windows of whole sentences.
    package static let passageMaxWords = 150
    /// A window aims at this many words; consecutive windows share their
    /// boundary sentence, so a match across it is found in one passage.
    package static let windowTargetWords = 100

    /// The indexer commits after this many bytes of files: a crash loses at
    /// most this much work, and the writer's memory stays bounded.
    package static let commitBytes: Int64 = 8 << 20

    /// Shards of a new index: one writer each, run in parallel. Xapian's
    /// writer is the slowest stage, so as many as there are cores (up to 4).
    package static let defaultShards = min(4, OrderedPipeline.processorCount)
    /// A shard is compacted after a run that rewrote at least this share of it.
    package static let compactFraction = 0.25

    /// `passim retag` commits after re-tagging this many articles.
    package static let retagBatchArticles = 2000

    /// `passim watch` indexes once the folder has been quiet this long
    /// (seconds), so a burst of saves or a copy of many files is one pass…
    package static let watchQuietSeconds = 2.0
    /// …or this long after the first change, if changes go on.
    package static let watchLongestSeconds = 10.0

    /// Files larger than this are indexed only up to this size (with a note);
    /// for PDFs and EPUBs, their extracted text.
    package static let maxFileBytes = 8 << 20
    /// A program reading a file (pdftotext, unzip) is stopped after this
    /// many seconds, and the file skipped.
    package static let toolSeconds = 60.0
    /// Articles with more text than this are turned into documents by the
    /// writer, a slice of `passagesPerSlice` passages at a time, to bound memory.
    package static let largeArticleBytes = 1 << 20
    package static let passagesPerSlice = 500

    /// Passages shown per article before the rest fold into "+N more".
    package static let passagesPerArticle = 2
    /// A wildcard such as `missil*` expands to at most this many words, the most frequent.
    package static let wildcardLimit: UInt32 = 256
    /// NEAR and ADJ without /n look for words within this many positions.
    package static let nearWindow = 16
    /// Snippets aim at about this many bytes of text.
    package static let snippetBytes: UInt32 = 300
    /// Totals of matching passages are counted exactly up to this many,
    /// and estimated beyond (counting examines every match).
    package static let checkAtLeast: UInt32 = 10_000
    /// `--facets` shows this many entities of each kind (JSON gives them all).
    package static let facetsPerKind = 8
    /// Seconds to wait for a remote index to connect and to answer.
    package static let remoteTimeout = 10.0
    /// "Did you mean" is offered only when fewer passages than this match.
    package static let suggestBelow = 3
    /// Evidence added to BM25: title words, feedback (see PassimIndex's Ranking).
    package static let ranking = RankingSettings()
    /// BM25 parameters: Xapian's defaults but k1, raised from 1.0 (tuned on
    /// Cranfield's odd queries, checked on the passage judgments).
    package static let bm25 = (k1: 1.8, k2: 0.0, k3: 1.0, b: 0.5, minNormalizedLength: 0.5)
}

/// The numbers of entity recognition a user may want to tune, in one place.
package enum EntityTuning {
    /// A line of at most this many tokens that ends without a full stop (a
    /// title, a byline, "BRUSSELS 1996-08-22") is a sentence of its own.
    package static let shortLineTokens = 8
    /// Words of modifiers a weapon phrase takes in before its class name
    /// ("cheap, deadly tactical strike drones": 4 words and a comma).
    package static let weaponModifierWords = 5
    /// Whether a weapon phrase takes in words that only describe the weapon:
    /// "cheap, deadly tactical strike drones" (true) or "tactical strike
    /// drones" (false, as eval/entities/seed-gold.tsv annotates it).
    package static let weaponPhrasesTakeDescriptions = false
    /// Lower-case words skipped between a possessive and the agent it owns
    /// ("North Korea’s [ruthless] dictator").
    package static let possessiveModifierWords = 2
    /// The longest aside between commas skipped between a country and its
    /// verb ("Germany, Ukraine’s second-biggest backer, has signalled").
    package static let appositionTokens = 8
}

/// What ranking adds to BM25 (PassimIndex's Ranking reads it).
package struct RankingSettings: Sendable {
    /// Title words count this much of a body word.
    package var titleWeight = 0.3
    /// Mentions of an entity the query filters on count this much of a word.
    package var entityWeight = 1.0
    /// Feedback: the first `feedbackTop` hits, `feedbackTerms` terms from
    /// them, at `feedbackWeight` of the query's weight.
    package var feedbackTop = 5
    package var feedbackTerms = 30
    package var feedbackWeight = 0.5
    /// Feedback adds at most this share of the query's best score to a
    /// passage: it never outweighs the query (tuned on Cranfield's odd queries).
    package var feedbackShare = 1.0
    /// A description's feedback needs this share of its first hits to hold
    /// one of its words (keywords need all of them; see Feedback; 0.6, 0.8
    /// and 0.4 measured on Cranfield's odd queries, 0.8 best).
    package var feedbackAgreement = 0.8
    /// Free-text queries of at least this many content words get feedback.
    package var feedbackMinWords = 6
    /// A query of two words ranks the passages holding them at most this
    /// many words apart first (Xapian's default NEAR window).
    package var nearWindow = 10

    package init() {}
}
