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
    case diskFull(path: String)
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
        case .diskFull(let path):
            return "disk full while writing \(path); the index keeps its last commit — free some space and run again"
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
            self = .diskFull(path: path)
        default:
            self = .index(path: path, detail: error.message)
        }
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
