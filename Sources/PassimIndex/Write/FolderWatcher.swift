#if canImport(Glibc)
import Glibc
#endif
import PassimSupport
import PassimText

/// Tells when the articles under a folder change, through Linux's inotify: a
/// watch on every folder of the tree (hidden folders and the index
/// excepted), new folders watched as they appear. It tells *that* something
/// changed, not what: an incremental indexing pass finds out by itself, so a
/// change between two events, or one lost when the kernel's queue overflows,
/// is never missed.
package final class FolderWatcher {
    /// The watched folder, absolute.
    package let root: String
    /// The index, when it lies inside the folder without being hidden.
    private let excluded: String
    private let descriptor: Int32
    /// Every watched folder by its watch descriptor.
    private var folders: [Int32: String] = [:]
    private var rootWatch: Int32 = -1

    /// How a wait ended.
    package enum Outcome: Equatable {
        /// Articles changed and the folder has been quiet since (or changes
        /// went on for the longest wait allowed).
        case changed
        /// `stop` said to stop; `pending` when changes had arrived that no
        /// pass has read yet.
        case stopped(pending: Bool)
    }

    /// What a folder's watch reports: files written, moved in or out,
    /// created, deleted; the watched folder itself removed or moved.
    private static let events = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE
        | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Starts watching `root` and every folder below it, except hidden ones
    /// and `excluding` (an index kept inside the folder).
    package init(root: String, excluding: String) throws(PassimError) {
        self.root = FileSystem.absolute(root)
        self.excluded = FileSystem.absolute(excluding)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            if errno == EMFILE {
                throw PassimError.usage("cannot watch \(self.root): this user already runs as many watchers as the system allows (fs.inotify.max_user_instances); stop one, or raise it with `sudo sysctl fs.inotify.max_user_instances=1024`")
            }
            throw PassimError.usage("cannot watch \(self.root): \(reason)")
        }
        descriptor = fd
        switch FileSystem.kind(of: self.root) {
        case .directory: break
        case .missing: throw PassimError.corpus(IngestError.rootNotFound(root).description)
        default: throw PassimError.corpus(IngestError.rootNotAFolder(root).description)
        }
        try watchTree(self.root)
        guard let top = folders.first(where: { $0.value == self.root })?.key else {
            throw PassimError.corpus(IngestError.rootUnreadable(path: root, reason: "cannot watch it").description)
        }
        rootWatch = top
    }

    deinit { close(descriptor) }

    /// Folders watched now.
    package var watchedFolders: Int { folders.count }

    /// Waits for a change to an article or a folder, then until nothing has
    /// changed for `quiet`, but no longer than `longest` after the first
    /// change, so that a burst of saves is read in one pass. Asks `stop`
    /// every few tenths of a second. Throws when the folder itself goes.
    package func waitForChanges(quiet: Duration, longest: Duration, stop: () -> Bool) throws(PassimError) -> Outcome {
        let clock = ContinuousClock()
        var first: ContinuousClock.Instant?, last: ContinuousClock.Instant?
        while true {
            if stop() { return .stopped(pending: first != nil) }
            var timeout = Duration.milliseconds(200)
            if let first, let last {
                let due = min(last + quiet, first + longest)
                let now = clock.now
                if now >= due { return .changed }
                timeout = min(timeout, due - now)
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(timeout / .milliseconds(1)) + 1)
            if ready < 0, errno != EINTR {
                throw PassimError.usage("cannot watch \(root): \(String(cString: strerror(errno)))")
            }
            guard ready > 0 else { continue }
            if try readEvents() {
                let now = clock.now
                if first == nil { first = now }
                last = now
            }
        }
    }

    /// Reads every queued event; true when one of them matters to the index.
    private func readEvents() throws(PassimError) -> Bool {
        var matters = false
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return matters }
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let name = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if try handle(watch: watch, mask: mask, name: Array(name)) { matters = true }
            }
        }
    }

    /// Keeps the watches in step with one event; true when it matters to the index.
    private func handle(watch: Int32, mask: UInt32, name: [UInt8]) throws(PassimError) -> Bool {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost, new folders among them perhaps: watch what is there now.
            try watchTree(root)
            return true
        }
        if watch == rootWatch, mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
            throw PassimError.corpus("\(root) was removed or moved; stopped watching it")
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return false
        }
        // A sub-folder's own removal is also told to its parent, by name.
        guard let folder = folders[watch], let firstByte = name.first, firstByte != UInt8(ascii: ".") else {
            return false
        }
        let path = folder + "/" + String(decoding: name, as: UTF8.self)
        if path == excluded { return false }
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_MOVED_FROM) != 0 { unwatchTree(path) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { try watchTree(path) }
            return true
        }
        // The folder's dates.tsv re-dates articles (see `SidecarDates`).
        return Self.isArticle(name) || (watch == rootWatch && name == Array(SidecarDates.fileName.utf8))
    }

    /// Whether the indexer reads a file of this name (by its extension, as the walker decides).
    package static func isArticle(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
        let ext = String(decoding: name[(dot + 1)...].map(TextBytes.lowercased), as: UTF8.self)
        return SourceFormat(lowercasedExtension: ext) != nil
    }

    /// Watches `top` and the folders below it that are not hidden, not the
    /// index and not reached through a symbolic link (as the indexer walks).
    /// A watch already held is kept, under the folder's path of today.
    private func watchTree(_ top: String) throws(PassimError) {
        var pending = [top]
        while let folder = pending.popLast() {
            let watch = inotify_add_watch(descriptor, folder, Self.events | UInt32(IN_ONLYDIR | IN_DONT_FOLLOW))
            guard watch >= 0 else {
                if errno == ENOSPC { throw Self.tooManyFolders(root) }
                // Gone or unreadable: the indexing pass reports an unreadable folder.
                continue
            }
            folders[watch] = folder
            guard let listing = opendir(folder) else { continue }
            defer { closedir(listing) }
            while let entry = readdir(listing) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                guard let first = name.first, first != UInt8(ascii: ".") else { continue }
                let path = folder + "/" + String(decoding: name, as: UTF8.self)
                guard path != excluded else { continue }
                switch Int(entry.pointee.d_type) {
                case Int(DT_DIR):
                    pending.append(path)
                case Int(DT_UNKNOWN):
                    var info = stat()
                    if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { pending.append(path) }
                default:
                    break
                }
            }
        }
    }

    /// Stops watching `top` and the folders below it (moved out of the tree,
    /// or to a place `watchTree` will watch again under its new path).
    private func unwatchTree(_ top: String) {
        let prefix = top + "/"
        for (watch, folder) in folders where folder == top || folder.hasPrefix(prefix) {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }

    private static func tooManyFolders(_ root: String) -> PassimError {
        let limit = FileSystem.readText("/proc/sys/fs/inotify/max_user_watches")?
            .split(separator: "\n").first.map(String.init) ?? "?"
        return PassimError.usage("cannot watch every folder of \(root): the system allows \(limit) watches per user (fs.inotify.max_user_watches); raise it with `sudo sysctl fs.inotify.max_user_watches=524288`")
    }
}
