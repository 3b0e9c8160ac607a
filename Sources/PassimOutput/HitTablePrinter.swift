import PassimEntities
import PassimIndex

/// `passim search --csv` / `--tsv`: a header, then a row per hit — path,
/// line, date, title, score, text, and the actors, weapons and places it
/// names (each once, "; " between).
package struct HitTablePrinter {
    package let table: TableWriter

    package init(_ format: TableWriter.Format) { table = TableWriter(format) }

    package static let columns = ["path", "line", "date", "date_source", "title", "score", "text", "actors", "weapons", "places"]

    package var header: String { table.row(Self.columns) }

    package func render(_ hit: SearchHit) -> String {
        let record = hit.record
        let named = EntityKind.allCases.map { kind in
            var names: [String] = []
            for mention in record.mentions where mention.kind == kind && !names.contains(mention.name) {
                names.append(mention.name)
            }
            if names.count > 1 { names.removeAll { $0 == kind.rawValue } }
            return names.joined(separator: "; ")
        }
        return table.row([hit.path, record.page.map { "p\($0)" } ?? String(record.line), record.date,
                          record.date.isEmpty ? "" : record.dateSource.rawValue, record.title,
                          String(format6(hit.score)), record.text] + named)
    }

    /// Six decimals, as the JSON score, without Foundation.
    private func format6(_ score: Double) -> String {
        let scaled = (score * 1_000_000).rounded()
        guard scaled.isFinite, abs(scaled) < 9e15 else { return String(score) }
        let n = Int(scaled), whole = abs(n) / 1_000_000, fraction = abs(n) % 1_000_000
        let digits = String(fraction)
        return (n < 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
