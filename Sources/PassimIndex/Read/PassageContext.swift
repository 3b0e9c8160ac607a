import Xapian
import PassimSupport

/// The context pass (`-B`/`-A`/`-C`): the passages just before and after
/// each hit in its article, fetched by their unique passage terms in one
/// search, as grep shows the lines around a match.
package enum PassageContext {
    /// Per hit (in order), the passages before and after it, in article order.
    package static func around(_ records: [PassageRecord], before: Int, after: Int,
                               in database: Database) throws(XapianError) -> [(before: [PassageRecord], after: [PassageRecord])] {
        guard before > 0 || after > 0, !records.isEmpty else { return records.map { _ in ([], []) } }
        var wanted: [String] = []
        for record in records {
            for ordinal in max(0, record.ordinal - before)...(record.ordinal + after) where ordinal != record.ordinal {
                wanted.append(term(record.article, ordinal))
            }
        }
        var found: [String: PassageRecord] = [:]
        // A page of terms at a time keeps the OR query flat and small.
        for start in stride(from: 0, to: wanted.count, by: 512) {
            let page = wanted[start..<min(wanted.count, start + 512)]
            var query = try Query(term: page.first!)
            for term in page.dropFirst() { query = try query.combined(.or, try Query(term: term)) }
            var options = SearchOptions()
            options.limit = UInt32(page.count)
            options.checkAtLeast = options.limit
            let results = try database.search(try query.scaled(by: 0), options: options)
            for i in 0..<results.count {
                guard let record = PassageRecord(decoding: try results.data(i)) else { continue }
                found[term(record.article, record.ordinal)] = record
            }
        }
        return records.map { record in
            let earlier = (max(0, record.ordinal - before)..<record.ordinal).compactMap { found[term(record.article, $0)] }
            let later = (record.ordinal + 1)..<(record.ordinal + 1 + max(0, after))
            return (earlier, later.compactMap { found[term(record.article, $0)] })
        }
    }

    static func term(_ article: ArticleID, _ ordinal: Int) -> String {
        IndexSchema.passageIDPrefix + article.description + ":" + String(ordinal)
    }
}
