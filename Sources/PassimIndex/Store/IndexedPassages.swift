import Xapian

/// How many passages the index holds of each article: the frequency of its
/// article term, Xapian's own account. A record that disagrees (passages
/// twice, or passages without a record) is the mark of a run cut short.
package enum IndexedPassages {
    /// Adds the counts of one shard's article terms to `counts`.
    package static func add(_ terms: [(term: String, documents: UInt64)], to counts: inout [ArticleID: Int]) {
        let prefix = IndexSchema.articlePrefix.utf8.count
        for (term, documents) in terms {
            if let id = ArticleID(hex: String(term.dropFirst(prefix))) { counts[id, default: 0] += Int(documents) }
        }
    }

    /// Each article of the shards with the passages they hold of it.
    package static func load(_ shards: [WritableDatabase]) throws(XapianError) -> [ArticleID: Int] {
        var counts: [ArticleID: Int] = [:]
        for shard in shards { add(try shard.reader.terms(withPrefix: IndexSchema.articlePrefix), to: &counts) }
        return counts
    }
}
