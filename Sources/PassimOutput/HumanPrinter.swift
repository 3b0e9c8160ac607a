import PassimEntities
import PassimIndex
/// The default output: per hit, a heading line (path:line, score, title) and
/// the snippet below it, indented, matches highlighted, then how many more
/// passages of the article matched.
package struct HumanPrinter {
    package let style: Style
    /// Wrap snippets to this many columns (a terminal's width), or not at all.
    package let width: Int?

    package init(style: Style, width: Int?) {
        self.style = style
        self.width = width.map { min($0, 120) }
    }

    package static let indent = "    "

    package func render(_ hit: SearchHit) -> String {
        // A PDF passage is cited by its page, anything else by its line.
        let place = hit.record.page.map { "p\($0)" } ?? String(hit.record.line)
        let score = formatScore(hit.score)
        let date = Self.date(hit.record)
        // The heading stays on one terminal line, and the title stays in it:
        // on a narrow terminal the path gives way first (its head), then the title.
        let fixed = 1 + place.count + 2 + score.count + 2 + (date.isEmpty ? 0 : date.count + 2)
        // Names and titles are shown with their control characters escaped (TerminalText).
        var path = TerminalText.path(hit.path)
        let title = TerminalText.escaped(hit.record.title)
        if let width {
            let titleWanted = min(title.unicodeScalars.count, Self.minimumTitleColumns)
            let room = width - fixed - titleWanted
            if path.unicodeScalars.count > room { path = Self.shortenedPath(path, to: max(Self.minimumPathColumns, room)) }
        }
        var out = style.path(path) + ":" + style.line(place)
        out += "  " + style.dim(score)
        if !date.isEmpty { out += "  " + style.dim(date) }
        let used = path.unicodeScalars.count + fixed
        out += "  " + style.title(Self.shortened(title, to: width.map { $0 - used } ?? Int.max))
        out += "\n"
        for passage in hit.contextBefore { out += contextLines(passage) }
        for line in wrapped(hit.snippet) { out += Self.indent + line + "\n" }
        for passage in hit.contextAfter { out += contextLines(passage) }
        for line in entityLines(hit.record.mentions) { out += Self.indent + style.dim(line) + "\n" }
        if let parts = hit.explanation {
            let sum = parts.map { "\(TerminalText.escaped($0.label)) \(formatScore($0.weight))" }.joined(separator: " + ")
            out += Self.indent + style.dim("score \(formatScore(hit.score)) = " + (sum.isEmpty ? "0" : sum)) + "\n"
        }
        if hit.moreInArticle > 0 {
            let noun = hit.moreInArticle == 1 ? "passage" : "passages"
            out += Self.indent + style.dim("+\(hit.moreInArticle) more \(noun) in this article") + "\n"
        }
        return out + "\n"
    }

    /// A passage shown as context (`-B`/`-A`/`-C`): dimmed, behind a "┊" rule, whole.
    private func contextLines(_ passage: PassageRecord) -> String {
        wrapped(Snippet(text: passage.text, highlights: [])).map { "  " + style.dim("┊ " + $0) + "\n" }.joined()
    }

    /// "2024-10-23", or "2024-10-23 (file time)" when the article states no
    /// date and its file's time stands in; "" when there is none.
    package static func date(_ record: PassageRecord) -> String {
        guard !record.date.isEmpty else { return "" }
        return record.dateSource == .modified ? record.date + " (file time)" : record.date
    }

    /// "actors: Kyrylo Budanov, Russia · weapons: artillery shell", each
    /// entity once, in order of first mention; one line per kind when they
    /// do not fit on one, so no kind is cut off; none when nothing is named.
    /// The bare class ("weapon", for "arms") is left out beside named ones.
    package func entityLines(_ mentions: [EntityMention]) -> [String] {
        var groups: [String] = []
        for kind in EntityKind.allCases {
            var names: [String] = []
            for mention in mentions where mention.kind == kind && !names.contains(mention.name) {
                names.append(mention.name)
            }
            if names.count > 1 { names.removeAll { $0 == kind.rawValue } }
            if !names.isEmpty { groups.append(Self.plural(kind) + ": " + names.map { TerminalText.escaped($0) }.joined(separator: ", ")) }
        }
        guard !groups.isEmpty else { return [] }
        let line = groups.joined(separator: " · ")
        guard let width else { return [line] }
        let columns = width - Self.indent.count
        if line.unicodeScalars.count <= columns { return [line] }
        return groups.map { Self.shortened($0, to: columns) }
    }

    /// The facets block: per kind, the entities most named and their counts.
    package func render(facets: [EntityFacet], perKind: Int) -> String {
        var out = ""
        for kind in EntityKind.allCases {
            let top = facets.filter { $0.kind == kind }.prefix(perKind)
            guard !top.isEmpty else { continue }
            let label = Self.plural(kind) + ":"
            out += style.title(label) + String(repeating: " ", count: max(1, 9 - label.count))
            out += top.map { "\(TerminalText.escaped($0.name)) \(style.dim(String($0.count)))" }.joined(separator: " · ") + "\n"
        }
        return out
    }

    package static func plural(_ kind: EntityKind) -> String { kind.rawValue + "s" }

    /// Columns a title keeps on a narrow terminal before the path is shortened.
    static let minimumTitleColumns = 20
    static let minimumPathColumns = 16

    /// The tail of `path` in at most `columns` scalars, led by "…", cut at a
    /// "/" when one is near: the file name is what tells hits apart.
    package static func shortenedPath(_ path: String, to columns: Int) -> String {
        let scalars = Array(path.unicodeScalars)
        guard scalars.count > columns, columns > 1 else { return path }
        var start = scalars.count - (columns - 1)
        if let slash = scalars[start...].firstIndex(of: "/"), slash - start < columns / 2 { start = slash }
        return "…" + String(String.UnicodeScalarView(scalars[start...]))
    }

    /// `text` cut at a space to at most `columns` scalars, with "…".
    package static func shortened(_ text: String, to columns: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > columns else { return text }
        guard columns > 10 else { return "" }
        var cut = columns - 1
        while cut > columns / 2, scalars[cut] != " " { cut -= 1 }
        var out = String(String.UnicodeScalarView(scalars[..<cut]))
        while out.hasSuffix(" ") || out.hasSuffix(",") { out.removeLast() }
        return out + "…"
    }

    private func formatScore(_ score: Double) -> String {
        if score < 0 { return "-" + formatScore(-score) }
        let hundredths = Int((score * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// Splits the snippet into lines of at most `width - indent` columns at
    /// spaces (columns counted as Unicode scalars, good enough for text),
    /// styling highlighted bytes.
    /// The snippet's lines, wrapped and highlighted, without indentation.
    package func snippetLines(_ snippet: Snippet) -> [String] { wrapped(snippet) }

    private func wrapped(_ snippet: Snippet) -> [String] {
        let bytes = Array(snippet.text.utf8)
        let limit = width.map { max(20, $0 - Self.indent.count) } ?? Int.max
        var lines: [String] = []
        var lineStart = 0, lastSpace = -1, columns = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b & 0xC0 != 0x80 { columns += 1 }
            if !TerminalText.isPlain(b, keepingTabs: true) { columns += 3 } // shown as \xHH
            if b == 0x20 { lastSpace = i }
            if columns > limit, lastSpace > lineStart {
                lines.append(styled(bytes, lineStart..<lastSpace, snippet.highlights))
                lineStart = lastSpace + 1
                i = lineStart
                columns = 0
                lastSpace = -1
                continue
            }
            i += 1
        }
        if lineStart < bytes.count { lines.append(styled(bytes, lineStart..<bytes.count, snippet.highlights)) }
        return lines
    }

    private func styled(_ bytes: [UInt8], _ range: Range<Int>, _ highlights: [Range<Int>]) -> String {
        var out = ""
        var position = range.lowerBound
        for h in highlights where h.upperBound > range.lowerBound && h.lowerBound < range.upperBound {
            let start = max(h.lowerBound, range.lowerBound), end = min(h.upperBound, range.upperBound)
            if position < start { out += Self.shown(bytes[position..<start]) }
            out += style.match(Self.shown(bytes[start..<end]))
            position = end
        }
        if position < range.upperBound { out += Self.shown(bytes[position..<range.upperBound]) }
        return out
    }

    /// Running text for the terminal: tabs kept, other controls escaped.
    private static func shown(_ bytes: ArraySlice<UInt8>) -> String {
        TerminalText.escaped(String(decoding: bytes, as: UTF8.self), keepingTabs: true)
    }
}
