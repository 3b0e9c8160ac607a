#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system facts Passim needs, straight from POSIX.
package enum FileSystem {
    package static func currentDirectory() -> String {
        guard let p = getcwd(nil, 0) else { return "." }
        defer { free(p) }
        return String(cString: p)
    }

    /// `path` made absolute against the current directory and tidied; the
    /// file need not exist.
    package static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The canonical path (symlinks resolved), or nil when it does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    package enum Kind { case missing, file, directory, other }

    package static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    package static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == path.utf8.startIndex { return "/" }
        return String(path[..<slash])
    }

    package static func lastComponent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// Names in a directory, without "." and "..", or [] when unreadable.
    package static func entries(of directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Total bytes of the regular files inside `directory` and its folders.
    package static func size(ofFilesIn directory: String) -> Int64 {
        var total: Int64 = 0
        for name in entries(of: directory) {
            var info = stat()
            guard lstat(directory + "/" + name, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG: total += Int64(info.st_size)
            case S_IFDIR: total += size(ofFilesIn: directory + "/" + name)
            default: break
            }
        }
        return total
    }

    /// Removes a folder and everything in it; false if anything stayed.
    @discardableResult
    package static func removeTree(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return true }
        if info.st_mode & S_IFMT == S_IFDIR {
            for name in entries(of: path) { removeTree(path + "/" + name) }
            return rmdir(path) == 0
        }
        return unlink(path) == 0
    }

    /// A small file's bytes as they are, or nil when it cannot be read.
    package static func readBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0, errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return bytes }
            bytes += buffer[0..<n]
        }
    }

    /// A small text file's content, or nil when it cannot be read.
    package static func readText(_ path: String) -> String? {
        readBytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes `text` to a new or truncated file, flushed to disk.
    package static func writeText(_ text: String, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        return write(fd, bytes, bytes.count) == bytes.count && fsync(fd) == 0
    }

    /// `path` relative to `base` when inside it, else `path` unchanged.
    /// Compared by bytes: a name starting with a combining mark joins the '/'
    /// before it into one Character, so a Character prefix would miss it.
    package static func relative(_ path: String, to base: String) -> String {
        if path == base { return "." }
        let prefix = Array((base.hasSuffix("/") ? base : base + "/").utf8)
        let bytes = Array(path.utf8)
        guard bytes.starts(with: prefix) else { return path }
        return String(decoding: bytes[prefix.count...], as: UTF8.self)
    }

    package static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        return String(cString: v)
    }
}
