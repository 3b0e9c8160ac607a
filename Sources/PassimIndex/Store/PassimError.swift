#if canImport(Glibc)
import Glibc
#endif
import Xapian
import PassimSupport

/// Everything that stops a command, each with a one-line message that names
/// the thing, the problem and the way out.
package enum PassimError: Error, CustomStringConvertible, Equatable {
    case usage(String)
    case noIndex(directory: String)
    case notAnIndex(path: String)
    case indexLocked(path: String, holder: String)
    case interrupted
    case unreachable(source: String, detail: String)
    /// A writer's commits overwrote what was being read.
    case indexChanged(path: String)
    case indexCorrupt(path: String, detail: String)
    case schemaMismatch(path: String, found: String)
    case otherCorpus(index: String, root: String)
    case querySyntax(query: String, detail: String)
    case corpus(String)
    /// A write found the disk (or the user's quota) full; `space` says what room there was.
    case diskFull(path: String, space: DiskSpace = DiskSpace())
    case index(path: String, detail: String)

    package var description: String {
        switch self {
        case .usage(let message):
            return message
        case .noIndex(let directory):
            return "no index in \(directory) or its parents; run `passim index FOLDER`, or give --index PATH or $PASSIM_INDEX"
        case .notAnIndex(let path):
            return "\(path) is not a passim index; run `passim index FOLDER` to make one"
        case .indexLocked(let path, let holder):
            return "index \(path) is being updated by \(holder); try again when it has finished"
        case .interrupted:
            return "interrupted"
        case .unreachable(let source, let detail):
            return "cannot reach \(source) (\(detail)); check that its `passim serve` runs, or add --allow-partial to search the rest"
        case .indexChanged(let path):
            return "index \(path) changed too often while being read; try again"
        case .indexCorrupt(let path, let detail):
            return "index \(path) is damaged (\(detail)); rebuild it with `\(Self.reindexCommand(path))` (the articles are not touched)"
        case .schemaMismatch(let path, let found):
            return "index \(path) was made by another version of passim (schema \(found), this one reads \(IndexSchema.version)); re-index with `\(Self.reindexCommand(path))`"
        case .otherCorpus(let index, let root):
            return "index \(index) belongs to the folder \(root); index that folder, or choose another --index"
        case .querySyntax(let query, let detail):
            return "cannot parse the query `\(query)`: \(detail); quote words that are operators (\"and\"), balance quotes and brackets"
        case .corpus(let message):
            return message
        case .diskFull(let path, let space):
            let limit = space.quota ? "disk quota exceeded" : "disk full"
            let room = space.quota ? "free some space or ask for a larger quota" : "free some space"
            return "\(limit) while writing the index \(path)\(space.parenthesis); it keeps its last commit — "
                + "\(room), or keep the index on another disk with --index PATH, and run again"
        case .index(let path, let detail):
            return "index \(path): \(detail)"
        }
    }

    /// The commands that replace the index at `path` with a new one; the
    /// articles are left as they are.
    package static func reindexCommand(_ path: String) -> String {
        let index = ShellWord.quoted(path)
        if FileSystem.lastComponent(of: path) == IndexLocation.folderName {
            return "rm -r \(index) && passim index \(ShellWord.quoted(FileSystem.parent(of: path)))"
        }
        return "rm -r \(index) && passim index FOLDER --index \(index)"
    }

    /// The error a Xapian failure on the index at `path` means to a user.
    package init(_ error: XapianError, index path: String) {
        // Xapian's message keeps the system's reason whatever type it gives the
        // error: a full quota, a lock file that could not be made, a full disk
        // met again while going back to the last commit.
        if error.message.contains(DiskSpace.fullQuotaText) {
            self = .diskFull(path: path, space: .at(path, quota: true))
            return
        }
        if error.message.contains(DiskSpace.fullDiskText) {
            self = .diskFull(path: path, space: .at(path))
            return
        }
        switch error.kind {
        case .notFound:
            self = IndexLayout.damage(of: path) ?? .notAnIndex(path: path)
        case .opening where error.message.contains("Couldn't detect type"):
            self = IndexLayout.damage(of: path) ?? .notAnIndex(path: path)
        case .modified:
            self = .indexChanged(path: path)
        case .network:
            self = .unreachable(source: path, detail: error.message)
        case .lock:
            self = .indexLocked(path: path, holder: IndexLock.describeHolder(of: path))
        case .corrupt:
            self = .indexCorrupt(path: path, detail: error.message)
        case .diskFull:
            self = .diskFull(path: path, space: .at(path))
        default:
            self = .index(path: path, detail: error.message)
        }
    }

    /// The error for a system call on the index at `path` that failed with
    /// `code`: a full disk or quota as such, else `what` and the reason.
    package static func writing(_ what: String, index path: String, errno code: Int32) -> PassimError {
        guard DiskSpace.isFull(errno: code) else {
            return .index(path: path, detail: "\(what): \(String(cString: strerror(code)))")
        }
        return .diskFull(path: path, space: .at(path, quota: code == EDQUOT))
    }

    /// Any error met while working on the index at `path`, as a user should
    /// read it: Passim's own as they are, Xapian's explained, others as is.
    package init(any error: any Error, index path: String) {
        switch error {
        case let error as PassimError: self = error
        case let error as XapianError: self.init(error, index: path)
        default: self = .index(path: path, detail: "\(error)")
        }
    }
}
