#if canImport(Glibc)
import Glibc
#endif
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
    /// The index cannot be written by this user, so Xapian's file check
    /// (which opens the files for writing) was not run on it.
    package var readOnly = false
    /// Articles in the folder that the index does not hold.
    package var missing: [String] = []
    /// Articles the index holds whose files are gone.
    package var gone: [String] = []
    /// Articles changed (size or time) since they were indexed.
    package var changed: [String] = []
    /// Articles whose passages and bookkeeping disagree (a run was cut short):
    /// passages twice, in part, or without a record.
    package var inconsistent: [String] = []
    /// Files that could not be walked, with the reason.
    package var unreadable: [SkippedFile] = []

    package var isDamaged: Bool { damage > 0 }
    package var isCurrent: Bool { missing.isEmpty && gone.isEmpty && changed.isEmpty && inconsistent.isEmpty }

    /// The command that brings this index up to date with its folder.
    package var updateCommand: String {
        var command = "passim index \(ShellWord.quoted(corpusRoot))"
        if indexPath != IndexLocation.defaultPath(forCorpus: corpusRoot) { command += " --index \(ShellWord.quoted(indexPath))" }
        return command
    }

    /// The commands that replace this index with a new one.
    package var rebuildCommand: String {
        "rm -r \(ShellWord.quoted(indexPath)) && " + updateCommand
    }
}

/// `passim check`: Xapian's own consistency check of the database, then the
/// index compared with its folder.
package enum IndexCheck {
    package static func run(indexPath: String, followLinks: Bool = false) throws(PassimError) -> IndexCheckReport {
        guard FileSystem.kind(of: indexPath) == .directory else { throw PassimError.notAnIndex(path: indexPath) }
        if let damage = IndexLayout.damage(of: indexPath) { throw damage }
        // Check the files first: a damaged index may not even open.
        var report = IndexCheckReport(indexPath: indexPath, corpusRoot: "FOLDER")
        if FileSystem.lastComponent(of: indexPath) == IndexLocation.folderName {
            report.corpusRoot = FileSystem.parent(of: indexPath)
        }
        guard let layout = IndexLayout.read(indexPath) else { throw PassimError.notAnIndex(path: indexPath) }
        for shard in layout.shardPaths { checkFiles(of: shard, into: &report) }
        if report.isDamaged {
            if let root = try? IndexHandle(path: indexPath).corpusRoot { report.corpusRoot = root }
            return report
        }
        let handle = try IndexHandle(path: indexPath)
        report.corpusRoot = handle.corpusRoot

        var records: [ArticleID: ArticleRecord] = [:]
        var indexed: [ArticleID: Int] = [:]
        do {
            // Per shard: Xapian returns only the first database's metadata.
            for shard in layout.shardPaths {
                let database = try Database(path: shard)
                try ArticleRecord.load(from: { body throws(XapianError) in
                    try database.forEachMetadata(withPrefix: IndexSchema.articleRecordPrefix, body)
                }, into: &records)
                IndexedPassages.add(try database.terms(withPrefix: IndexSchema.articlePrefix), to: &indexed)
            }
        } catch {
            throw PassimError(error, index: indexPath)
        }
        report.inconsistent = outOfStep(records: records, indexed: indexed)
        try compare(records, withFolder: handle.corpusRoot, followLinks: followLinks, into: &report)
        return report
    }

    /// Xapian's check of one shard's files, and the position table a phrase
    /// search needs (Xapian treats a missing one as a database without positions).
    private static func checkFiles(of shard: String, into report: inout IndexCheckReport) {
        let name = FileSystem.lastComponent(of: shard)
        if access(shard, W_OK) != 0 || access(shard + "/postlist.glass", W_OK) != 0 {
            report.readOnly = true
        } else {
            do {
                let (errors, account) = try checkDatabase(at: shard)
                report.damage += errors
                if errors > 0 { report.damageReport += "\(name):\n" + account }
            } catch {
                report.damage += 1
                report.damageReport += "\(name): \(error.message)\n"
                return
            }
        }
        do {
            let stats = try Database(path: shard).stats()
            if stats.documentCount > 0, !stats.hasPositions {
                report.damage += 1
                report.damageReport += "\(name): its word positions (position.glass) are missing; phrase and NEAR searches would miss passages\n"
            }
        } catch {
            report.damage += 1
            report.damageReport += "\(name): \(error.message)\n"
        }
    }

    /// Articles whose passages in the index are not those their record counts.
    private static func outOfStep(records: [ArticleID: ArticleRecord], indexed: [ArticleID: Int]) -> [String] {
        var found: [String] = []
        for (id, record) in records {
            let count = indexed[id] ?? 0
            guard count != record.passageCount else { continue }
            let what = count > record.passageCount && record.passageCount > 0 && count % record.passageCount == 0
                ? "passages \(count / record.passageCount) times over" : "\(count) passages indexed"
            found.append("\(record.relativePath) (\(what), \(record.passageCount) recorded)")
        }
        for (id, count) in indexed where records[id] == nil {
            found.append("\(count) passages of article \(id), which has no record")
        }
        return found.sorted()
    }

    /// The records against the folder's files: missing, gone, changed.
    private static func compare(_ records: [ArticleID: ArticleRecord], withFolder root: String, followLinks: Bool,
                                into report: inout IndexCheckReport) throws(PassimError) {
        let walk: WalkReport
        do { walk = try FileWalker.walk(root: root, excluding: [report.indexPath], follow: followLinks) } catch {
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
    }
}
