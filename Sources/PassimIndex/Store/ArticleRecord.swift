import Xapian

/// What the index remembers about each file, so that a re-run re-reads only
/// what changed. Stored as metadata `a:<article id>` in a line of text:
/// "size mtime-ns passages content-hash[ stated-date]\tpath".
package struct ArticleRecord: Sendable, Equatable {
    package var size: Int64
    package var modifiedNanoseconds: Int64
    package var passageCount: Int
    package var contentHash: UInt64
    package var relativePath: String
    /// The day `dates.tsv` gave the article when it was written, so that a
    /// changed entry re-dates it (see `SidecarDates`).
    package var statedDate: String?

    package init(size: Int64, modifiedNanoseconds: Int64, passageCount: Int, contentHash: UInt64, relativePath: String,
                 statedDate: String? = nil) {
        self.statedDate = statedDate
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.passageCount = passageCount
        self.contentHash = contentHash
        self.relativePath = relativePath
    }

    package var encoded: String {
        let stated = statedDate.map { " " + $0 } ?? ""
        return "\(size) \(modifiedNanoseconds) \(passageCount) \(String(contentHash, radix: 16))\(stated)\t\(relativePath)"
    }

    package init?(encoded: String) {
        guard let tab = encoded.utf8.firstIndex(of: UInt8(ascii: "\t")) else { return nil }
        let numbers = encoded[..<tab].split(separator: " ")
        guard numbers.count == 4 || numbers.count == 5, let size = Int64(numbers[0]), let mtime = Int64(numbers[1]),
              let passages = Int(numbers[2]), let hash = UInt64(numbers[3], radix: 16) else { return nil }
        self.init(size: size, modifiedNanoseconds: mtime, passageCount: passages, contentHash: hash,
                  relativePath: String(encoded[encoded.utf8.index(after: tab)...]),
                  statedDate: numbers.count == 5 ? String(numbers[4]) : nil)
    }
}

extension ArticleRecord {
    /// Adds a shard's records (metadata `a:<article id>` → record) to
    /// `records`, one at a time; a record already there is kept.
    package static func load(from forEach: ((String, String) -> Void) throws(XapianError) -> Void,
                     into records: inout [ArticleID: ArticleRecord]) throws(XapianError) {
        let prefix = IndexSchema.articleRecordPrefix.utf8.count
        try forEach { key, value in
            if let id = ArticleID(hex: String(key.dropFirst(prefix))), records[id] == nil,
               let record = ArticleRecord(encoded: value) {
                records[id] = record
            }
        }
    }
}
