import PassimEntities
import PassimIndex

/// `passim show`: an article as indexed — a heading (title, date, path,
/// passages), the entities it names with their counts, then every passage
/// in order with its line, the one asked for marked with "▶".
package struct ArticlePrinter {
    package let style: Style
    package let width: Int?

    package init(style: Style, width: Int?) {
        self.style = style
        self.width = width
    }

    /// `path` as the user should see it; `marked` the index of the passage asked for.
    package func render(_ article: IndexedArticle, path: String, marked: Int?) -> String {
        let text = HumanPrinter(style: style, width: width.map { $0 - Self.gutter })
        var out = style.title(TerminalText.escaped(article.title)) + "\n"
        let date = article.passages.first.map(HumanPrinter.date) ?? ""
        let count = article.passages.count
        out += style.dim([date, TerminalText.path(path), "\(count) passage" + (count == 1 ? "" : "s")]
            .filter { !$0.isEmpty }.joined(separator: " · ")) + "\n"
        for line in entitySummary(article.passages.flatMap(\.mentions)) { out += style.dim(line) + "\n" }
        out += "\n"
        for (index, passage) in article.passages.enumerated() {
            let place = passage.page.map { "p\($0)" } ?? String(passage.line)
            let mark = index == marked ? "▶" : " "
            let label = String(repeating: " ", count: max(0, Self.gutter - 3 - place.count)) + place
            // Windows of a long paragraph share a sentence: shown once.
            var shown = article.texts[index]
            if index > 0, passage.start < article.passages[index - 1].end {
                shown = Self.withoutOverlap(shown, after: article.passages[index - 1].text)
            }
            for (n, line) in text.snippetLines(shown).enumerated() {
                let head = n == 0 ? mark + label : String(repeating: " ", count: Self.gutter - 2)
                let body = index == marked ? style.title(line) : line
                out += (n == 0 ? (mark == "▶" ? style.match(head) : style.line(head)) : head) + " │ " + body + "\n"
            }
        }
        return out
    }

    /// `snippet` without its start where that repeats the end of `previous`
    /// (whole words only), highlights shifted to match.
    static func withoutOverlap(_ snippet: Snippet, after previous: String) -> Snippet {
        let text = Array(snippet.text.utf8), before = Array(previous.utf8)
        var cut = 0
        for k in stride(from: min(text.count, before.count), through: 1, by: -1)
        where (k == text.count || text[k] == UInt8(ascii: " ")) && before[(before.count - k)...].elementsEqual(text[..<k]) {
            cut = k
            break
        }
        guard cut > 0 else { return snippet }
        let drop = min(text.count, cut + 1)
        let kept = snippet.highlights.compactMap { h -> Range<Int>? in
            h.lowerBound >= drop ? (h.lowerBound - drop)..<(h.upperBound - drop) : nil
        }
        return Snippet(text: String(decoding: text[drop...], as: UTF8.self), highlights: kept)
    }

    /// Columns before the text: the mark, the line number and " │ ".
    static let gutter = 10

    /// Per kind, each entity with the number of its mentions, most named first.
    package func entitySummary(_ mentions: [EntityMention]) -> [String] {
        var lines: [String] = []
        for kind in EntityKind.allCases {
            var counts: [String: Int] = [:], order: [String] = []
            for mention in mentions where mention.kind == kind {
                if counts[mention.name] == nil { order.append(mention.name) }
                counts[mention.name, default: 0] += 1
            }
            if order.count > 1 { order.removeAll { $0 == kind.rawValue } }
            guard !order.isEmpty else { continue }
            let ranked = order.enumerated().sorted { a, b in
                counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
            }.map(\.element)
            let line = HumanPrinter.plural(kind) + ": " + ranked.map { "\(TerminalText.escaped($0)) ×\(counts[$0]!)" }.joined(separator: ", ")
            lines.append(width.map { HumanPrinter.shortened(line, to: $0) } ?? line)
        }
        return lines
    }

    /// `--json`: one object for the article, its passages in an array.
    package static func json(_ article: IndexedArticle, path: String, marked: Int?) -> String {
        var o = JSONObject()
        o.add("schema", JSONPrinter.schemaVersion)
        o.add("path", path)
        o.add("title", article.title)
        o.add("date", article.date.isEmpty ? nil : article.date)
        o.add("date_source", article.date.isEmpty ? nil : article.dateSource.rawValue)
        o.add("article", article.passages.first?.article.description)
        o.add("marked", marked.map { article.passages[$0].ordinal })
        o.addRaw("passages", "[" + article.passages.indices.map { index in
            let passage = article.passages[index]
            var p = JSONObject()
            p.add("passage", passage.ordinal)
            p.add("line", passage.line)
            p.add("page", passage.page)
            p.add("start", passage.start)
            p.add("end", passage.end)
            p.add("text", passage.text)
            p.add("highlights", ranges: article.texts[index].highlights)
            p.addRaw("entities", JSONPrinter.entities(passage))
            return p.text
        }.joined(separator: ",") + "]")
        return o.text + "\n"
    }
}
