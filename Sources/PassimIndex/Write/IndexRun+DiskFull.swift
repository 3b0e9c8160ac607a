import PassimSupport
import PassimText

/// How large an index was when a run began: its shards' files, and the
/// files of the articles they hold.
struct IndexSize {
    var shards: Int64
    var files: Int64
}

extension Indexer {
    /// The error a failed run reports. After a full disk (or quota), every
    /// shard is first closed and cut back to its latest commit, giving back
    /// what the unfinished batches took (see `UnusedShardSpace`), so that a
    /// later run that fits succeeds; the error then says what is free and
    /// about how much the run's files need.
    func failure(_ error: PassimError, writers: [ArticleWriter], start: IndexSize?,
                 progress: IndexProgress?) -> PassimError {
        guard case .diskFull(_, var space) = error else { return error }
        let grown = Self.size(of: writers)
        for writer in writers { writer.giveBackFailedWrites() }
        let kept = Self.size(of: writers)
        if !space.quota { space.free = DiskSpace.freeBytes(at: indexPath) }
        if let start, let progress, progress.bytesDone > 0, progress.bytesTotal >= progress.bytesDone {
            // Bytes of index per byte of file: as the index holds them, or as
            // this run wrote them before it stopped (less than it would have).
            let written = Double(max(0, grown - start.shards)) / Double(progress.bytesDone)
            let held = start.files > 0 ? Double(start.shards) / Double(start.files) : nil
            space.needed = Int64(max(written, held ?? 0) * Double(progress.bytesTotal)) - max(0, kept - start.shards)
            space.atLeast = held == nil
        }
        return .diskFull(path: indexPath, space: space)
    }

    /// Compacts each (from, to) pair; without room for the copies, removes
    /// them and returns the note that says so.
    func compactUnlessFull(_ pairs: [(String, String)]) throws(PassimError) -> SkippedFile? {
        do {
            try Self.compact(pairs)
            return nil
        } catch {
            let failure = PassimError(error, index: indexPath)
            guard failure.isDiskFull else { throw failure }
            return notCompacted(pairs.map(\.0))
        }
    }

    /// Swaps the compacted copy of shard `index` in; without room to write the
    /// list of shards, removes the copies not swapped in and returns the note.
    func swapUnlessFull(shard index: Int, compacted: [Int: String],
                        layout: inout IndexLayout) throws(PassimError) -> SkippedFile? {
        let shard = layout.shardPaths[index]
        do {
            try layout.replace(shard: index, with: compacted[index]!)
            return nil
        } catch {
            // The list still names the old shards: the copies not swapped in go.
            for (other, copy) in compacted where layout.shards[other] != copy {
                FileSystem.removeTree(layout.path + "/" + copy)
            }
            guard error.isDiskFull else { throw error }
            return notCompacted([shard])
        }
    }

    /// The note of a run whose shards stayed as committed, for want of room
    /// for their compacted copies (each at most about the size of its shard).
    func notCompacted(_ shards: [String]) -> SkippedFile {
        let needed = shards.reduce(Int64(0)) { $0 + FileSystem.size(ofFilesIn: $1) }
        let space = DiskSpace(free: DiskSpace.freeBytes(at: indexPath), needed: needed)
        return SkippedFile(path: indexPath, reason: "up to date, but not compacted for want of room\(space.parenthesis); "
                           + "searches work as before, and a later update that rewrites much of it compacts it")
    }

    /// Bytes of the shards' files.
    static func size(of writers: [ArticleWriter]) -> Int64 {
        writers.reduce(0) { $0 + FileSystem.size(ofFilesIn: $1.database.path) }
    }
}

extension PassimError {
    /// A write found the disk or the quota full.
    package var isDiskFull: Bool {
        if case .diskFull = self { return true }
        return false
    }
}
