import Xapian
import PassimEntities
import PassimText

/// An article ready to be written: its passages as Xapian documents.
package struct ArticleForIndex {
    package var id: ArticleID
    package var relativePath: String
    /// Each ancestor folder of the article, relative to the corpus root.
    package var folders: [String]
    package var title: String
    package var date: String?
    package var dateSource: DateSource
    package var passages: [Passage]
    /// The entities each passage mentions (empty when nobody tagged them).
    package var mentions: [[EntityMention]]

    package init(id: ArticleID, relativePath: String, title: String, date: String?, dateSource: DateSource = .metadata,
                passages: [Passage], mentions: [[EntityMention]] = []) {
        self.dateSource = dateSource
        self.id = id
        self.mentions = mentions
        self.relativePath = relativePath
        self.title = title
        self.date = date
        self.passages = passages
        var folders: [String] = []
        var path = Substring(relativePath)
        while let slash = path.lastIndex(of: "/") {
            path = path[..<slash]
            folders.append(String(path))
        }
        self.folders = folders
    }
}

/// Turns passages into Xapian documents: terms, values and the stored record.
/// Builders are independent, so each indexing thread keeps its own.
package final class DocumentBuilder {
    private let generator: TermGenerator
    /// For the filter terms of what a weapon or place is a kind or part of.
    private let gazetteer: Gazetteer?
    /// The index's corpus id, which starts every collapse key.
    private let corpus: String

    package init(gazetteer: Gazetteer? = nil, corpus: String = "") throws(XapianError) {
        generator = try TermGenerator(language: IndexSchema.language)
        self.gazetteer = gazetteer
        self.corpus = corpus
    }

    /// The article's documents, and its words with their counts for
    /// spelling suggestions.
    package func build(_ article: ArticleForIndex) throws(XapianError) -> (documents: [Document], words: [String: UInt32]) {
        var documents: [Document] = []
        documents.reserveCapacity(article.passages.count)
        var words: [String: UInt32] = [:]
        var longest = 0
        for (index, passage) in article.passages.enumerated() {
            let mentions = index < article.mentions.count ? article.mentions[index] : []
            let document = try document(for: passage, of: article, mentions: mentions)
            documents.append(document)
            try document.forEachTerm { term, wdf in
                longest = max(longest, term.count)
                // Unprefixed terms are the plain words; numbers make poor suggestions.
                guard let first = term.first, first >= UInt8(ascii: "a") || first == UInt8(ascii: "'"),
                      term.count > 2, !term.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return }
                words[String(decoding: term, as: UTF8.self), default: 0] += wdf
            }
        }
        // Xapian would refuse the document, and with it the whole batch:
        // refused here, it costs only this file.
        guard longest <= IndexSchema.maxTermBytes else {
            throw XapianError(kind: .invalidArgument,
                              message: "a term of \(longest) bytes, longer than Xapian's limit of \(IndexSchema.maxTermBytes); skipped")
        }
        return (documents, words)
    }

    private func document(for passage: Passage, of article: ArticleForIndex,
                          mentions: [EntityMention]) throws(XapianError) -> Document {
        let document = try Document()
        generator.reset()
        // Stemmed words with positions serve words, phrases and NEAR; the
        // unstemmed words, without positions, serve wildcards at little cost.
        try generator.index(passage.text, into: document, stemming: .allZ, positions: true)
        try generator.index(passage.text, into: document, stemming: .none, positions: false)
        // Title words make `title:` searches work; no positions, as they repeat
        // in every passage of the article.
        try generator.index(article.title, into: document, prefix: IndexSchema.titlePrefix,
                            stemming: .allZ, positions: false)

        let id = article.id.description
        try document.addBooleanTerm(IndexSchema.passageIDPrefix + id + ":" + String(passage.ordinal))
        try document.addBooleanTerm(IndexSchema.articlePrefix + id)
        for folder in article.folders {
            try document.addBooleanTerm(IndexSchema.boundedTerm(IndexSchema.folderPrefix, folder.lowercased()))
        }
        try addEntities(mentions, to: document)
        try document.addValue(corpus + id, slot: IndexSchema.articleSlot)
        if let date = article.date {
            try document.addValue(String(date.filter { $0 != "-" }), slot: IndexSchema.dateSlot)
        }
        try document.addBooleanTerm(IndexSchema.datedTerm(article.date != nil && article.dateSource.isStated))
        let keys = DateOrderKeys(date: article.date, source: article.dateSource)
        try document.addValue(keys.newestFirst, slot: IndexSchema.newestFirstSlot)
        try document.addValue(keys.oldestFirst, slot: IndexSchema.oldestFirstSlot)
        try document.addValue(keys.timelineDay + "\t" + corpus + id, slot: IndexSchema.timelineSlot)
        let record = PassageRecord(article: article.id, ordinal: passage.ordinal, relativePath: article.relativePath,
                                   title: article.title, date: article.date ?? "", line: passage.line,
                                   start: passage.fileRange.lowerBound, end: passage.fileRange.upperBound,
                                   text: passage.text, mentions: mentions, dateSource: article.dateSource,
                                   page: passage.page)
        try document.setData(record.encoded())
        return document
    }

    /// Mention terms and filter terms (both counted), and the facet value.
    package func addEntities(_ mentions: [EntityMention], to document: Document) throws(XapianError) {
        guard !mentions.isEmpty else { return }
        var counts: [String: UInt32] = [:]
        var filters: [String: UInt32] = [:]
        var facets: [String] = []
        var seen = Set<String>()
        for mention in mentions {
            counts[IndexSchema.boundedTerm(IndexSchema.mentionPrefix(mention.kind), mention.id), default: 0] += 1
            for (kind, id) in Self.filterTargets(of: mention, gazetteer: gazetteer) {
                filters[IndexSchema.boundedTerm(IndexSchema.filterPrefix(kind), id), default: 0] += 1
            }
            if seen.insert(mention.kind.rawValue + mention.id).inserted {
                facets.append(mention.kind.rawValue + "\t" + mention.id + "\t" + mention.name)
            }
        }
        for (term, count) in counts.sorted(by: { $0.key < $1.key }) { try document.addTerm(term, wdf: count) }
        // Counted too: among the passages a filter admits, those that name
        // what it asks for (a class: any of its kinds) most rank first.
        for (term, count) in filters.sorted(by: { $0.key < $1.key }) { try document.addTerm(term, wdf: count) }
        try document.addValue(facets.joined(separator: "\n"), slot: IndexSchema.entitySlot)
    }

    /// The (kind, id) pairs a mention answers to in filters: itself; for a
    /// weapon or a place, everything it is a kind or part of; a country acting
    /// is a place too, so `place:russia` finds "Russia is making progress".
    package static func filterTargets(of mention: EntityMention, gazetteer: Gazetteer?) -> [(EntityKind, String)] {
        var targets: [(EntityKind, String)] = [(mention.kind, mention.id)]
        let placeLike = mention.kind == .place || (mention.kind == .actor && mention.subkind == "state")
        if placeLike && mention.kind == .actor { targets.append((.place, mention.id)) }
        if mention.kind == .weapon || placeLike, let gazetteer {
            let kind: EntityKind = mention.kind == .weapon ? .weapon : .place
            for ancestor in gazetteer.ancestors(of: mention.id) { targets.append((kind, ancestor)) }
        }
        return targets
    }
}
