import PassimEntities
/// How passages are laid out in Xapian: term prefixes, value slots and
/// metadata keys. Search and indexing both read these; nothing else invents
/// a prefix.
package enum IndexSchema {
    /// Bumped when the layout changes; an index with another version must be rebuilt.
    package static let version = 5

    /// Snowball stemmer used for passages and queries.
    package static let language = "english"

    // Term prefixes (Xapian's conventions: upper case, "X" for our own).
    /// Unique id of a passage: Q<article id>:<ordinal>.
    package static let passageIDPrefix = "Q"
    /// Every passage of an article: XA<article id>, to replace or drop them together.
    package static let articlePrefix = "XA"
    /// Article title words, searchable as `title:`.
    package static let titlePrefix = "S"
    /// Each folder an article sits in, relative to the corpus root: `folder:`.
    package static let folderPrefix = "XF"
    /// XD1 on every passage of an article that states its date, XD0 on those
    /// dated by their file's time: `--dated`, `--undated`, `date:none`.
    package static let datedPrefix = "XD"
    package static func datedTerm(_ stated: Bool) -> String { datedPrefix + (stated ? "1" : "0") }

    // Entities, per kind: a term for each mention, counted (so a passage
    // that names an entity often ranks higher; free-text aliases reach it),
    // and filter terms for the entity and, for weapons and places, what it is
    // a kind or part of (counted too, to rank what a filter admits).
    package static func mentionPrefix(_ kind: EntityKind) -> String {
        switch kind {
        case .actor: "XEA"
        case .weapon: "XEW"
        case .place: "XEP"
        }
    }

    package static func filterPrefix(_ kind: EntityKind) -> String {
        switch kind {
        case .actor: "XIA"
        case .weapon: "XIW"
        case .place: "XIP"
        }
    }

    /// Synonym keys that map `actor:value` filters to filter terms.
    package static func filterKey(_ kind: EntityKind) -> String { "~" + kind.rawValue + ":" }

    // Value slots.
    /// The corpus and article ids, so that search can collapse passages of
    /// one article — and never two articles of different indexes searched
    /// together that happen to share a relative path.
    package static let articleSlot: UInt32 = 0
    /// Publication date as YYYYMMDD, for sorting and ranges: stated by the
    /// article, else its file's modification day (the stored record tells which).
    package static let dateSlot: UInt32 = 1
    /// The entities a passage mentions, a line "kind<TAB>id<TAB>name" each, for facets.
    package static let entitySlot: UInt32 = 2
    /// Sort keys for `--sort date` and `--sort oldest`, both sorted descending:
    /// "1" and the date for a stated date, "0" and the date for a file's time,
    /// so undated articles come last either way (see `DateOrderKeys`).
    package static let newestFirstSlot: UInt32 = 3
    package static let oldestFirstSlot: UInt32 = 4
    /// "YYYYMMDD<TAB><article>", the date left empty for a file's time: one
    /// key per article, counted per day by `passim timeline`.
    package static let timelineSlot: UInt32 = 5

    // Metadata keys.
    package static let versionKey = "passim:schema"
    package static let rootKey = "passim:root"
    /// A random id given to the corpus when its index is made.
    package static let corpusKey = "passim:corpus"
    package static let updatedKey = "passim:updated"
    /// Per-article bookkeeping for incremental indexing: a:<article id>.
    package static let articleRecordPrefix = "a:"
    /// Fingerprint of the gazetteer the index's synonyms were made from.
    package static let gazetteerKey = "passim:gazetteer"
    /// The user's own gazetteer files, one path per line, used on every run.
    package static let userGazetteersKey = "passim:gazetteers"
}
