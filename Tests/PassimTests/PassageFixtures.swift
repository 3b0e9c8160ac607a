#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files the Passages tests read: the seed article in the repository, and
/// the shared corpora beside the checkout when they are there.
enum PassageFixtures {
    /// The package root, found from this file's path (Tests/PassimTests/…).
    static let packageRoot: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let seedPath = packageRoot + "/seeds/000_8bf942be92c7755d.txt"
    static let reutersFolder = packageRoot + "/../shared/corpora/reuters21578"

    static var hasReuters: Bool { access(reutersFolder + "/00001.txt", R_OK) == 0 }

    /// The seed article's bytes.
    static let seed: [UInt8] = read(seedPath) ?? []

    /// The bytes of the file at `path`, or nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// The names of the `.txt` files in `folder`, sorted.
    static func textFiles(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".txt") { names.append(name) }
        }
        return names.sorted()
    }

    /// The byte ranges where `needle` occurs in `bytes`.
    static func occurrences(of needle: String, in bytes: [UInt8]) -> [Range<Int>] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= bytes.count else { return [] }
        return (0...(bytes.count - pattern.count)).filter { start in
            bytes[start..<start + pattern.count].elementsEqual(pattern)
        }.map { $0..<$0 + pattern.count }
    }
}
