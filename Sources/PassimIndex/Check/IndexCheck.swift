import Xapian
import PassimSupport
import PassimText

/// What `passim check` found: damage in the database, and differences
/// between the index and the folder it was made from.
package struct IndexCheckReport: Sendable {
    package var indexPath: String
    package var corpusRoot: String
    /// Problems Xapian's checker found in the database files, and its account.
    package var damage: UInt64 = 0
    package var damageReport = ""
    /// Articles in the folder that the index does not hold.
    package var missing: [String] = []
    /// Articles the index holds whose files are gone.
    package var gone: [String] = []
    /// Articles changed (size or time) since they were indexed.
    package var changed: [String] = []
    /// Articles whose passages and bookkeeping disagree (a run was cut short).
    package var inconsistent: [String] = []
    /// Files that could not be walked, with the reason.
    package var unreadable: [SkippedFile] = []

    package var isDamaged: Bool { damage > 0 }
    package var isCurrent: Bool { missing.isEmpty && gone.isEmpty && changed.isEmpty && inconsistent.isEmpty }
}

/// `passim check`: Xapian's own consistency check of the database, then the
/// index compared with its folder.
package enum IndexCheck {
    package static func run(indexPath: String) throws(PassimError) -> IndexCheckReport {
        guard FileSystem.kind(of: indexPath) == .directory else { throw PassimError.notAnIndex(path: indexPath) }
        // Check the files first: a damaged index may not even open.
        var report = IndexCheckReport(indexPath: indexPath, corpusRoot: "FOLDER")
        if FileSystem.lastComponent(of: indexPath) == IndexLocation.folderName {
            report.corpusRoot = FileSystem.parent(of: indexPath)
        }
        guard let layout = IndexLayout.read(indexPath) else { throw PassimError.notAnIndex(path: indexPath) }
        for shard in layout.shardPaths {
            do {
                let (errors, account) = try checkDatabase(at: shard)
                report.damage += errors
                if errors > 0 { report.damageReport += "\(FileSystem.lastComponent(of: shard)):\n" + account }
            } catch {
                report.damage += 1
                report.damageReport += "\(FileSystem.lastComponent(of: shard)): \(error.message)\n"
            }
        }
        if report.isDamaged {
            if let root = try? IndexHandle(path: indexPath).corpusRoot { report.corpusRoot = root }
            return report
        }
        let handle = try IndexHandle(path: indexPath)
        report.corpusRoot = handle.corpusRoot

        let records: [ArticleID: ArticleRecord]
        let passageArticles: Set<String>
        do {
            // Per shard: Xapian returns only the first database's metadata.
            var all: [ArticleID: ArticleRecord] = [:]
            var articles = Set<String>()
            for shard in layout.shardPaths {
                let database = try Database(path: shard)
                try ArticleRecord.load(from: { body throws(XapianError) in
                    try database.forEachMetadata(withPrefix: IndexSchema.articleRecordPrefix, body)
                }, into: &all)
                for (term, _) in try database.terms(withPrefix: IndexSchema.articlePrefix) {
                    articles.insert(String(term.dropFirst(IndexSchema.articlePrefix.count)))
                }
            }
            records = all
            passageArticles = articles
        } catch {
            throw PassimError(error, index: indexPath)
        }
        for (id, record) in records where !passageArticles.contains(id.description) && record.passageCount > 0 {
            report.inconsistent.append(record.relativePath)
        }
        let recorded = Set(records.keys.map(\.description))
        for id in passageArticles where !recorded.contains(id) {
            report.inconsistent.append("passages of an unrecorded article \(id)")
        }

        let walk: WalkReport
        do { walk = try FileWalker.walk(root: handle.corpusRoot, excluding: [indexPath]) } catch {
            throw PassimError.corpus(error.description)
        }
        report.unreadable = walk.skipped
        var seen = Set<ArticleID>()
        for file in walk.files {
            let id = ArticleID(relativePath: file.relativeBytes)
            seen.insert(id)
            guard let record = records[id] else { report.missing.append(file.relativePath); continue }
            if record.size != file.size || record.modifiedNanoseconds != file.modifiedNanoseconds {
                report.changed.append(file.relativePath)
            }
        }
        report.gone = records.filter { !seen.contains($0.key) }.map(\.value.relativePath).sorted()
        report.inconsistent.sort()
        return report
    }
}
