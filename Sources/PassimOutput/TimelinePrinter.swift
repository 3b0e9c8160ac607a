import PassimIndex

/// One query's counts per period, as `passim timeline` prints them.
package struct TimelineSeries {
    package var query: String
    package var periods: [DayCounts.Count]
    package var undated: DayCounts.Count
    package var total: DayCounts.Count

    package init(query: String, periods: [DayCounts.Count], undated: DayCounts.Count, total: DayCounts.Count) {
        self.query = query
        self.periods = periods
        self.undated = undated
        self.total = total
    }
}

/// The timeline as a bar chart (articles per period, bars proportional to
/// the largest), as NDJSON or as CSV; several queries side by side.
package struct TimelinePrinter {
    package var labels: [String]
    package var series: [TimelineSeries]

    package init(labels: [String], series: [TimelineSeries]) {
        self.labels = labels
        self.series = series
    }

    /// Eighths of a block, for bars finer than a character.
    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    package func chart(width: Int) -> String {
        let labelWidth = max(["total", "undated"].map(\.count).max()!, labels.map(\.count).max() ?? 0)
        let numbers = series.map { s in String(s.total.articles).count }
        let column = max(12, (width - labelWidth - 2) / max(1, series.count) - 1)
        let largest = series.map { $0.periods.map(\.articles).max() ?? 0 }.max() ?? 0
        var out = ""
        if series.count > 1 {
            out += pad("", labelWidth) + "  " + series.map { pad(String($0.query.prefix(column)), column) }.joined(separator: " ") + "\n"
        }
        for (index, label) in labels.enumerated() {
            let cells = series.enumerated().map { number, s in
                cell(s.periods[index].articles, largest: largest, column: column, digits: numbers[number])
            }
            out += pad(label, labelWidth) + "  " + cells.joined(separator: " ").trimmedRight() + "\n"
        }
        out += pad("total", labelWidth) + "  " + series.map { s in
            pad(Self.articlesAndPassages(s.total), column)
        }.joined(separator: " ").trimmedRight() + "\n"
        if series.contains(where: { $0.undated.articles > 0 }) {
            out += pad("undated", labelWidth) + "  " + series.map { s in
                pad(Self.articlesAndPassages(s.undated), column)
            }.joined(separator: " ").trimmedRight() + "  (file time only, not charted)\n"
        }
        return out
    }

    /// A bar of `count` against `largest`, then the count, in `column` characters.
    private func cell(_ count: Int, largest: Int, column: Int, digits: Int) -> String {
        let barWidth = column - digits - 1
        let eighthsLong = largest == 0 ? 0 : (count * barWidth * 8 + largest / 2) / largest
        let bar = String(repeating: "█", count: eighthsLong / 8) + Self.eighths[eighthsLong % 8]
        let shown = count > 0 && bar.isEmpty ? "▏" : bar
        return pad(shown, barWidth) + " " + String(repeating: " ", count: max(0, digits - String(count).count)) + String(count)
    }

    private static func articlesAndPassages(_ count: DayCounts.Count) -> String {
        "\(count.articles) article\(count.articles == 1 ? "" : "s"), \(count.passages) passage\(count.passages == 1 ? "" : "s")"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// One object per period (and one for the undated articles, `period` null).
    package func json() -> String {
        var out = ""
        for s in series {
            for (label, count) in zip(labels, s.periods) { out += object(label, count, s) }
            if s.undated.articles > 0 { out += object(nil, s.undated, s) }
        }
        return out
    }

    private func object(_ period: String?, _ count: DayCounts.Count, _ s: TimelineSeries) -> String {
        var o = JSONObject()
        o.add("schema", JSONPrinter.schemaVersion)
        if series.count > 1 { o.add("query", s.query) }
        o.add("period", period)
        if period == nil { o.addRaw("undated", "true") }
        o.add("articles", count.articles)
        o.add("passages", count.passages)
        return o.text + "\n"
    }

    /// `period,articles,passages` (with `query` first when several); the
    /// undated articles' row has the period `undated`.
    package func csv() -> String {
        let several = series.count > 1
        var out = (several ? "query," : "") + "period,articles,passages\n"
        for s in series {
            let lead = several ? Self.csvField(s.query) + "," : ""
            for (label, count) in zip(labels, s.periods) { out += lead + "\(label),\(count.articles),\(count.passages)\n" }
            if s.undated.articles > 0 { out += lead + "undated,\(s.undated.articles),\(s.undated.passages)\n" }
        }
        return out
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}

extension String {
    fileprivate func trimmedRight() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
