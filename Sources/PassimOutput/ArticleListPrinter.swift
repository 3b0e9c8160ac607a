import PassimIndex

/// `passim search --articles`: one entry per article — its path, date, title
/// and how many of its passages match, then its best passage's snippet on
/// one line.
package struct ArticleListPrinter {
    package let style: Style
    package let width: Int?

    package init(style: Style, width: Int?) {
        self.style = style
        self.width = width
    }

    package func render(_ hit: SearchHit) -> String {
        let matching = hit.moreInArticle + 1
        let count = "\(matching) passage" + (matching == 1 ? "" : "s")
        let date = HumanPrinter.date(hit.record)
        let fixed = [date, count].filter { !$0.isEmpty }.map { $0.count + 2 }.reduce(0, +)
        var path = TerminalText.path(hit.path)
        let title = TerminalText.escaped(hit.record.title)
        if let width, path.unicodeScalars.count > width - fixed - 20 {
            path = HumanPrinter.shortenedPath(path, to: max(16, width - fixed - 20))
        }
        var out = style.path(path) + "  " + (date.isEmpty ? "" : style.dim(date) + "  ") + style.line(count)
        let used = path.unicodeScalars.count + fixed
        out += "  " + style.title(HumanPrinter.shortened(title, to: width.map { $0 - used - 2 } ?? Int.max)) + "\n"
        let line = HumanPrinter(style: style, width: nil).snippetLines(hit.snippet).joined(separator: " ")
        let plain = TerminalText.escaped(hit.snippet.text, keepingTabs: true)
        // One line: the snippet, cut to the terminal (plain text when cut, so no colour code is split).
        if let width, plain.unicodeScalars.count > width - HumanPrinter.indent.count {
            out += HumanPrinter.indent + HumanPrinter.shortened(plain, to: width - HumanPrinter.indent.count) + "\n"
        } else {
            out += HumanPrinter.indent + line + "\n"
        }
        return out
    }

    /// `--articles --json`: one object per article.
    package static func json(_ hit: SearchHit) -> String {
        var o = JSONObject()
        o.add("schema", JSONPrinter.schemaVersion)
        o.add("rank", hit.rank)
        o.add("score", hit.score)
        o.add("path", hit.path)
        o.add("title", hit.record.title)
        o.add("date", hit.record.date.isEmpty ? nil : hit.record.date)
        o.add("date_source", hit.record.date.isEmpty ? nil : hit.record.dateSource.rawValue)
        o.add("article", hit.record.article.description)
        o.add("matching_passages", hit.moreInArticle + 1)
        o.add("passage", hit.record.ordinal)
        o.add("line", hit.record.line)
        o.add("snippet", hit.snippet.text)
        o.add("highlights", ranges: hit.snippet.highlights)
        return o.text + "\n"
    }
}
