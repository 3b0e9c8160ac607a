import PassimText
/// What a run must do, decided from the folder's files and what the index
/// remembers about them, before anything is read.
package struct IndexPlan {
    /// A file to read, and what the index knew of it.
    package struct Item: Sendable {
        package var file: SourceFile
        package var id: ArticleID
        package var previous: ArticleRecord?
        /// Passages the index holds of it (see `IndexedPassages`).
        package var indexedPassages = 0

        /// The index holds something of the article that must go first.
        package var replaces: Bool { previous != nil || indexedPassages > 0 }
        /// Its passages in the index are those its record counts.
        package var isConsistent: Bool { (previous?.passageCount ?? 0) == indexedPassages }
    }

    /// New files, files whose size or mtime changed, files whose passages
    /// disagree with their record, and files whose `dates.tsv` entry changed.
    package var toRead: [Item] = []
    package var unchanged = 0
    private var seen = Set<ArticleID>()
    /// Paths that could not be walked this time ("." for the corpus folder itself).
    private let unreadable: [String]

    /// `keeping`: paths found but not to be read this time (their reading
    /// program is missing); what was indexed from them stays. `indexed`:
    /// the passages the index holds of each article.
    package init(walk: WalkReport, records: [ArticleID: ArticleRecord], indexed: [ArticleID: Int] = [:],
                 keeping: [String] = []) {
        unreadable = walk.skipped.map(\.path) + keeping
        for file in walk.files {
            let id = ArticleID(relativePath: file.relativeBytes)
            seen.insert(id)
            let item = Item(file: file, id: id, previous: records[id], indexedPassages: indexed[id] ?? 0)
            if let previous = item.previous, item.isConsistent, previous.size == file.size,
               previous.modifiedNanoseconds == file.modifiedNanoseconds, previous.statedDate == file.statedDate {
                unchanged += 1
            } else {
                toRead.append(item)
            }
        }
    }

    /// Articles with passages but no record whose files are gone: what a
    /// run cut short left behind.
    package func orphans(_ indexed: [ArticleID: Int], records: [ArticleID: ArticleRecord]) -> [ArticleID] {
        if unreadable.contains(".") { return [] }
        return indexed.keys.filter { records[$0] == nil && !seen.contains($0) }.sorted { $0.value < $1.value }
    }

    /// Articles whose files are gone. Files and folders that could not be
    /// read this time are not gone: nothing indexed from them is lost.
    package func toRemove(_ records: [ArticleID: ArticleRecord]) -> [(ArticleID, ArticleRecord)] {
        if unreadable.contains(".") { return [] }
        return records.filter { id, record in
            !seen.contains(id) && !unreadable.contains { record.relativePath == $0 || record.relativePath.hasPrefix($0 + "/") }
        }.sorted { $0.value.relativePath < $1.value.relativePath }.map { ($0.key, $0.value) }
    }
}
