import Xapian

/// An article ready to be written: its passages as Xapian documents.
public struct ArticleForIndex {
    public var id: ArticleID
    public var relativePath: String
    /// Each ancestor folder of the article, relative to the corpus root.
    public var folders: [String]
    public var title: String
    public var date: String?
    public var passages: [Passage]

    public init(id: ArticleID, relativePath: String, title: String, date: String?, passages: [Passage]) {
        self.id = id
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
public final class DocumentBuilder {
    private let generator: TermGenerator

    public init() throws(XapianError) {
        generator = try TermGenerator(language: IndexSchema.language)
    }

    /// The article's documents, and its words with their counts for
    /// spelling suggestions.
    public func build(_ article: ArticleForIndex) throws(XapianError) -> (documents: [Document], words: [String: UInt32]) {
        var documents: [Document] = []
        documents.reserveCapacity(article.passages.count)
        var words: [String: UInt32] = [:]
        for passage in article.passages {
            let document = try document(for: passage, of: article)
            documents.append(document)
            try document.forEachTerm { term, wdf in
                // Unprefixed terms are the plain words; numbers make poor suggestions.
                guard let first = term.first, first >= UInt8(ascii: "a") || first == UInt8(ascii: "'"),
                      term.count > 2, !term.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return }
                words[String(decoding: term, as: UTF8.self), default: 0] += wdf
            }
        }
        return (documents, words)
    }

    private func document(for passage: Passage, of article: ArticleForIndex) throws(XapianError) -> Document {
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
            try document.addBooleanTerm(IndexSchema.folderPrefix + folder.lowercased())
        }
        try document.addValue(id, slot: IndexSchema.articleSlot)
        if let date = article.date {
            try document.addValue(String(date.filter { $0 != "-" }), slot: IndexSchema.dateSlot)
        }
        let record = PassageRecord(article: article.id, ordinal: passage.ordinal, relativePath: article.relativePath,
                                   title: article.title, date: article.date ?? "", line: passage.line,
                                   start: passage.fileRange.lowerBound, end: passage.fileRange.upperBound,
                                   text: passage.text)
        try document.setData(record.encoded())
        return document
    }
}
