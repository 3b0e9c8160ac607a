import Glibc
@testable import PassimSupport
@testable import PassimText

/// A folder under /tmp with a unique name, for one test; `remove()` deletes it.
struct IngestFolder {
    let path: String

    init() {
        var template = Array("/tmp/passim-ingest-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed")
        path = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    var bytes: [UInt8] { Array(path.utf8) }

    func pathBytes(_ relative: [UInt8]) -> [UInt8] { bytes + [UInt8(ascii: "/")] + relative }

    /// Writes `content` to `relative`, making its folders.
    func write(_ relative: String, _ content: String) { write(Array(relative.utf8), Array(content.utf8)) }

    func write(_ relative: String, bytes content: [UInt8]) { write(Array(relative.utf8), content) }

    func write(_ relative: [UInt8], _ content: [UInt8]) {
        if let slash = relative.lastIndex(of: UInt8(ascii: "/")) { makeFolders(Array(relative[..<slash])) }
        let descriptor = POSIXPath.with(pathBytes(relative)) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        precondition(descriptor >= 0, "cannot create \(String(decoding: relative, as: UTF8.self))")
        content.withUnsafeBytes { _ = Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    func makeFolders(_ relative: [UInt8]) {
        var prefix: [UInt8] = []
        for part in relative.split(separator: UInt8(ascii: "/")) {
            if !prefix.isEmpty { prefix.append(UInt8(ascii: "/")) }
            prefix.append(contentsOf: part)
            _ = POSIXPath.with(pathBytes(prefix)) { mkdir($0, 0o755) }
        }
    }

    func makeFolders(_ relative: String) { makeFolders(Array(relative.utf8)) }

    func symlink(_ relative: String, to target: String) {
        _ = POSIXPath.with(pathBytes(Array(relative.utf8))) { link in Glibc.symlink(target, link) }
    }

    func sourceFile(_ relative: String, _ format: SourceFormat) -> SourceFile {
        let relativeBytes = Array(relative.utf8)
        return SourceFile(pathBytes: pathBytes(relativeBytes), relativeBytes: relativeBytes, format: format,
                          size: 0, modifiedNanoseconds: 0)
    }

    /// Deletes the folder and everything in it, without following symlinks.
    func remove() { Self.remove(bytes) }

    private static func remove(_ path: [UInt8]) {
        var info = stat()
        guard POSIXPath.with(path, { lstat($0, &info) }) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            _ = POSIXPath.with(path) { chmod($0, 0o755) }
            if let folder = POSIXPath.with(path, { opendir($0) }) {
                var names: [[UInt8]] = []
                while let entry = readdir(folder) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
                    if name != [0x2E], name != [0x2E, 0x2E] { names.append(name) }
                }
                closedir(folder)
                for name in names { remove(path + [UInt8(ascii: "/")] + name) }
            }
            _ = POSIXPath.with(path) { rmdir($0) }
        } else {
            _ = POSIXPath.with(path) { unlink($0) }
        }
    }
}

/// Paths and reads the ingest tests share.
enum IngestFixtures {
    /// The repository's top folder, found from this file's path.
    static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)   // Tests/PassimTests/this file
        return parts.joined(separator: "/")
    }()

    /// The shared corpora beside the checkout, when present.
    static let sharedCorpora = repositoryRoot + "/../shared/corpora"

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func readBytes(_ path: String) -> [UInt8]? {
        try? FileBytes.read(Array(path.utf8), shownAs: path, limit: 1 << 26).bytes
    }

    /// The offset of the first occurrence of `needle` in `text`.
    static func firstOffset(of needle: String, in text: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard text.count >= pattern.count else { return nil }
        return (0...(text.count - pattern.count)).first { text[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }
}
