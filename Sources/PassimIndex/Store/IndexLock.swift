#if canImport(Glibc)
import Glibc
#endif
import PassimSupport

/// The one-writer rule of an index: an advisory lock on `lock` in the index
/// folder, held for a whole run and released by the system if the process
/// dies. The file says who holds it, so a second writer can tell the user.
package final class IndexLock {
    private let descriptor: Int32

    package static let fileName = "lock"

    /// Takes the lock of the index folder `path` (made, with its parents, if missing). While
    /// another writer holds it, calls `waiting` once and retries, unless
    /// `wait` is false; gives up when interrupted.
    package init(_ path: String, wait: Bool, waiting: (String) -> Void) throws(PassimError) {
        // As `mkdir -p`: `--index ~/indexes/2024/news` may name folders still to make.
        var made = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            made += "/" + component
            if FileSystem.kind(of: made) == .missing, mkdir(made, 0o755) != 0, errno != EEXIST {
                if DiskSpace.isFull(errno: errno) { throw PassimError.writing("mkdir", index: path, errno: errno) }
                throw PassimError.usage("cannot make the index folder \(made): \(String(cString: strerror(errno)))")
            }
        }
        let file = path + "/" + Self.fileName
        let fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PassimError.writing("cannot open \(file)", index: path, errno: errno) }
        var told = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                close(fd)
                throw PassimError.index(path: path, detail: "cannot lock \(file): \(String(cString: strerror(errno)))")
            }
            let holder = Self.describeHolder(of: path)
            guard wait else {
                close(fd)
                throw PassimError.indexLocked(path: path, holder: holder)
            }
            if !told {
                waiting("index \(path) is being updated by \(holder); waiting for it to finish (Ctrl-C stops, --no-wait fails at once)")
                told = true
            }
            if Interruption.requested {
                close(fd)
                throw PassimError.interrupted
            }
            usleep(200_000)
        }
        descriptor = fd
        let note = "\(getpid()) \(time(nil))\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        close(descriptor)
    }

    /// "passim (pid 1234, since 10:02)" when the lock file names a live
    /// process, else "another passim".
    package static func describeHolder(of path: String) -> String {
        guard let text = FileSystem.readText(path + "/" + fileName) else { return "another passim" }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let pid = Int32(fields[0]), let started = Int(fields[1]),
              kill(pid, 0) == 0 || errno == EPERM else { return "another passim" }
        var t = time_t(started)
        var parts = tm()
        localtime_r(&t, &parts)
        let hhmm = (parts.tm_hour < 10 ? "0" : "") + "\(parts.tm_hour):" + (parts.tm_min < 10 ? "0" : "") + "\(parts.tm_min)"
        return "passim (pid \(pid), since \(hhmm))"
    }
}
