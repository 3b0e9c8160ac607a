import Xapian
import PassimSupport
import PassimText

/// An article as the index holds it, for `passim show`: its passages in
/// order, each with the query's words marked when a query is given.
package struct IndexedArticle {
    package var relativePath: String
    package var passages: [PassageRecord]
    /// Per passage, its whole text with the query's words as highlights
    /// (no highlights without a query).
    package var texts: [Snippet]

    package var title: String { passages.first?.title ?? "" }
    package var date: String { passages.first?.date ?? "" }
    package var dateSource: DateSource { passages.first?.dateSource ?? .modified }
}

/// Finds one article's passages by its article term, so showing an article
/// reads the index, never the file (which may have changed since).
package enum ArticleLookup {
    /// Nil when the index has no article at `relativePath`.
    package static func article(_ relativePath: String, in database: Database, index: String,
                                query text: String?) throws(PassimError) -> IndexedArticle? {
        let term = IndexSchema.articlePrefix + ArticleID(relativePath: Array(relativePath.utf8)).description
        do {
            let passages = try database.termFrequency(term)
            guard passages > 0 else { return nil }
            let article = try Query(term: term)
            // The article's term decides what matches (every passage); the
            // query, when given, only weighs in, so that its words can be marked.
            var query = article
            if let text, !text.isEmpty {
                query = try article.combined(.andMaybe, try UserQuery.parse(text, database: database).query)
            }
            var options = SearchOptions()
            options.limit = UInt32(clamping: passages)
            options.checkAtLeast = options.limit
            let results = try database.search(query, options: options)
            var found: [(PassageRecord, Snippet)] = []
            for i in 0..<results.count {
                guard let record = PassageRecord(decoding: try results.data(i)),
                      record.relativePath == relativePath else { continue }
                var marked = Snippet(text: record.text, highlights: [])
                if text != nil {
                    let raw = try results.snippet(of: record.text, length: UInt32(clamping: record.text.utf8.count + 1),
                                                  language: IndexSchema.language, highlight: ("\u{1}", "\u{2}"),
                                                  omission: "")
                    marked = Snippet(marked: raw, start: 1, end: 2)
                }
                found.append((record, marked))
            }
            found.sort { $0.0.ordinal < $1.0.ordinal }
            return IndexedArticle(relativePath: relativePath, passages: found.map(\.0), texts: found.map(\.1))
        } catch let error as XapianError {
            throw PassimError(error, index: index)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: index, detail: "\(error)")
        }
    }

    /// The passage a reference points at: `#N` its ordinal, `pN` the first
    /// on page N, a line number the last passage starting at or before it.
    package static func passageIndex(_ target: PassageTarget, in passages: [PassageRecord]) -> Int? {
        switch target {
        case .whole: return nil
        case .ordinal(let n): return passages.firstIndex { $0.ordinal == n }
        case .page(let p): return passages.firstIndex { ($0.page ?? 0) >= p }
        case .line(let line, let excerpt):
            let fragment = excerpt.trimmingEllipses.utf8.prefix(60)
            if fragment.count >= 12, let found = passages.firstIndex(where: { $0.text.utf8.contains(fragment) }) {
                return found
            }
            return passages.lastIndex { $0.line <= line } ?? (passages.isEmpty ? nil : 0)
        }
    }
}

/// What part of an article a `passim show` reference names.
package enum PassageTarget: Equatable, Sendable {
    case whole
    /// A line, and the excerpt printed after it (`--vimgrep`), if any.
    case line(Int, excerpt: String)
    case page(Int)
    case ordinal(Int)
}

extension String {
    /// Without the "…" a snippet shows where it was cut, or white space.
    var trimmingEllipses: String {
        var s = Substring(self)
        while let c = s.first, c == "…" || c == " " { s = s.dropFirst() }
        while let c = s.last, c == "…" || c == " " { s = s.dropLast() }
        return String(s)
    }
}

extension String.UTF8View {
    /// True when `needle` occurs as a run of bytes.
    func contains(_ needle: Substring.UTF8View) -> Bool {
        let hay = Array(self), pin = Array(needle)
        guard !pin.isEmpty, hay.count >= pin.count else { return pin.isEmpty }
        for start in 0...(hay.count - pin.count) where hay[start] == pin[0] {
            if hay[start..<(start + pin.count)].elementsEqual(pin) { return true }
        }
        return false
    }
}
