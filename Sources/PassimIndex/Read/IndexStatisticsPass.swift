import Xapian
import PassimSupport

extension Searcher {
    /// What `passim stats` shows.
    package func statistics() throws(PassimError) -> IndexStatistics {
        try sources.reading { database throws(PassimError) in try withPassimErrors(index: indexPath) { () throws(XapianError) in
            let stats = try database.stats()
            let all = try database.countTerms()
            // Stemmed words carry "Z"; every other prefix is upper case too.
            var prefixed: UInt64 = 0
            for letter in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                prefixed += try database.countTerms(prefix: String(UnicodeScalar(letter)))
            }
            return IndexStatistics(
                indexPath: indexPath, corpusRoot: corpusRoot,
                articles: Int(try database.countTerms(prefix: IndexSchema.articlePrefix)),
                passages: Int(stats.documentCount),
                distinctWords: Int(all - prefixed),
                stemmedTerms: Int(try database.countTerms(prefix: "Z")),
                indexBytes: FileSystem.size(ofFilesIn: indexPath),
                lastUpdated: Int(try database.metadata(IndexSchema.updatedKey)) ?? 0,
                shards: IndexLayout.read(indexPath)?.shards.count ?? 1)
        } }
    }
}
