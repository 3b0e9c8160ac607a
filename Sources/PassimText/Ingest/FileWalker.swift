import Glibc
import PassimSupport

/// Finds the article files under a folder.
package enum FileWalker {
    /// Walks `root` recursively. Skips hidden entries (names starting with "."),
    /// which includes Passim's own index folder `.passim`; also skips any path
    /// listed in `excluding` (an index placed elsewhere in the tree).
    /// Articles: the extensions of `SourceFormat.byExtension`, in any case.
    /// Symlinks to files inside `root` are followed; symlinks to folders inside
    /// it are not descended (their files are walked anyway) and are listed in
    /// `skipped`; so are broken symlinks and unreadable folders and files, and
    /// the walk goes on. Symlinks that lead out of `root` are only counted
    /// (`linksLeavingRoot`) unless `follow`, when files are read and folders
    /// descended, each real folder once, so a loop of links ends.
    /// Throws when `root` does not exist, is not a folder or cannot be listed.
    package static func walk(root: String, excluding: [String] = [],
                             follow: Bool = false) throws(IngestError) -> WalkReport {
        var rootBytes = Array(root.utf8)
        while rootBytes.count > 1, rootBytes.last == UInt8(ascii: "/") { rootBytes.removeLast() }

        var info = stat()
        guard POSIXPath.with(rootBytes, { stat($0, &info) }) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .rootNotFound(root) }
            throw .rootUnreadable(path: root, reason: POSIXPath.errorText(code))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .rootNotAFolder(root) }
        guard let folder = POSIXPath.with(rootBytes, { opendir($0) }) else {
            throw .rootUnreadable(path: root, reason: POSIXPath.errorText())
        }

        var walk = Walk(root: rootBytes, excluded: Set(excluding.compactMap(FileIdentity.init(path:))),
                        follow: follow)
        walk.descended.insert(FileIdentity(info))
        walk.list(folder, relative: [])
        while let next = walk.pendingFolders.popLast() {
            let path = POSIXPath.join(rootBytes, next)
            guard let folder = POSIXPath.with(path, { opendir($0) }) else {
                walk.skip(next, POSIXPath.errorText())
                continue
            }
            walk.list(folder, relative: next)
        }
        walk.report.files.sort { $0.relativeBytes.lexicographicallyPrecedes($1.relativeBytes) }
        walk.report.skipped.sort { $0.path < $1.path }
        return walk.report
    }
}

extension FileWalker {
    /// A file time in nanoseconds since the epoch, clamped to what 64 bits
    /// hold (years 1677 to 2262): a file touched to 2300 is indexed, and two
    /// such far times compare equal.
    package static func nanoseconds(_ time: timespec) -> Int64 {
        let (scaled, overflow) = Int64(time.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return time.tv_sec < 0 ? .min : .max }
        let (total, overflowAdding) = scaled.addingReportingOverflow(Int64(time.tv_nsec))
        return overflowAdding ? .max : total
    }
}

/// A file's device and inode: the same folder however its path is spelled.
private struct FileIdentity: Hashable {
    package var device: UInt64
    package var inode: UInt64

    package init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    package init?(path: String) {
        var info = stat()
        guard POSIXPath.with(Array(path.utf8), { stat($0, &info) }) == 0 else { return nil }
        self.init(info)
    }
}

/// The state of one walk; folders wait on an explicit stack so a deep tree
/// cannot overflow the call stack.
private struct Walk {
    package let root: [UInt8]
    package let excluded: Set<FileIdentity>
    package let follow: Bool
    /// `root` with its links resolved, to tell where a link leads.
    package let realRoot: [UInt8]?
    /// Folders entered through a link (and the root): each is walked once.
    package var descended: Set<FileIdentity> = []
    package var pendingFolders: [[UInt8]] = []
    package var report = WalkReport()

    package init(root: [UInt8], excluded: Set<FileIdentity>, follow: Bool) {
        self.root = root
        self.excluded = excluded
        self.follow = follow
        realRoot = SymbolicLink.resolved(root)
    }

    package mutating func skip(_ relative: [UInt8], _ reason: String) {
        let shown = relative.isEmpty ? "." : IngestError.oneLine(PathText.text(relative))
        report.skipped.append(SkippedFile(path: shown, reason: reason))
    }

    /// Reads one folder's entries and closes it.
    package mutating func list(_ folder: OpaquePointer, relative folderRelative: [UInt8]) {
        defer { closedir(folder) }
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { skip(folderRelative, "listing stopped: \(POSIXPath.errorText())") }
                return
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            // Hidden entries, "." and ".." all start with a dot.
            guard let first = name.first, first != UInt8(ascii: ".") else { continue }
            var relative = folderRelative
            if !relative.isEmpty { relative.append(UInt8(ascii: "/")) }
            relative.append(contentsOf: name)

            let ext = Self.lowercasedExtension(of: name)
            let format = SourceFormat(lowercasedExtension: ext)
            // Most of a news folder is regular files; count the others without a stat.
            if format == nil, entry.pointee.d_type == UInt8(DT_REG) {
                report.ignoredByExtension[ext, default: 0] += 1
                continue
            }
            visit(relative, format: format, ext: ext)
        }
    }

    private mutating func visit(_ relative: [UInt8], format: SourceFormat?, ext: String) {
        let path = POSIXPath.join(root, relative)
        var info = stat()
        guard POSIXPath.with(path, { lstat($0, &info) }) == 0 else {
            skip(relative, POSIXPath.errorText())
            return
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = followedLink(relative, path: path) else { return }
            info = target
        }
        guard !excluded.contains(FileIdentity(info)) else { return }

        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            pendingFolders.append(relative)
        case S_IFREG:
            guard let format else {
                report.ignoredByExtension[ext, default: 0] += 1
                return
            }
            guard POSIXPath.with(path, { access($0, R_OK) }) == 0 else {
                skip(relative, POSIXPath.errorText())
                return
            }
            let modified = FileWalker.nanoseconds(info.st_mtim)
            report.files.append(SourceFile(pathBytes: path, relativeBytes: relative, format: format,
                                           size: Int64(info.st_size), modifiedNanoseconds: modified))
        default:
            // Opening a pipe or a device could block or never end.
            if format != nil { skip(relative, "not a regular file") }
        }
    }

    /// The target of the link at `path` when the walk is to go there; nil when
    /// it is skipped or counted as leaving the root.
    private mutating func followedLink(_ relative: [UInt8], path: [UInt8]) -> stat? {
        var target = stat()
        guard POSIXPath.with(path, { stat($0, &target) }) == 0 else {
            let code = errno
            skip(relative, code == ENOENT ? "broken symbolic link" : "symbolic link: \(POSIXPath.errorText(code))")
            return nil
        }
        let inside = realRoot.flatMap { root in SymbolicLink.resolved(path).map { SymbolicLink.isWithin($0, root) } }
            ?? false
        if !inside, !follow {
            report.linksLeavingRoot += 1
            return nil
        }
        if target.st_mode & S_IFMT == S_IFDIR {
            guard !inside, descended.insert(FileIdentity(target)).inserted else {
                skip(relative, "symbolic link to a folder, not followed")
                return nil
            }
        }
        return target
    }

    /// The text after the last dot of a file name, lowercased; "" when none.
    package static func lowercasedExtension(of name: [UInt8]) -> String {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return String(decoding: name[(dot + 1)...].map(TextBytes.lowercased), as: UTF8.self)
    }
}
