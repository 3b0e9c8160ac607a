import ArgumentParser
#if canImport(Glibc)
import Glibc
import PassimIndex
import PassimOutput
#endif

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what an index holds: articles, passages, words, size, last update."
    )

    @OptionGroup var location: IndexOption

    func run() throws {
        let stats = try Searcher(indexPath: try location.resolve()).statistics()
        let out = OutputStream(fd: 1)
        defer { out.flush() }
        let rows: [(String, String)] = [
            ("corpus", stats.corpusRoot),
            ("index", stats.indexPath),
            ("articles", grouped(stats.articles)),
            ("passages", grouped(stats.passages)),
            ("distinct words", grouped(stats.distinctWords)),
            ("stemmed terms", grouped(stats.stemmedTerms)),
            ("index size", megabytes(stats.indexBytes) + " in \(stats.shards) shard" + (stats.shards == 1 ? "" : "s")),
            ("last update", stats.lastUpdated > 0 ? timestamp(stats.lastUpdated) : "unknown"),
        ]
        for (name, value) in rows {
            out.write(name + ":" + String(repeating: " ", count: 16 - name.count) + value + "\n")
        }
    }
}

/// 21268 → "21,268".
func grouped(_ n: Int) -> String {
    let digits = Array(String(abs(n)))
    var out = ""
    for (i, d) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
        out.append(d)
    }
    return (n < 0 ? "-" : "") + out
}

func megabytes(_ bytes: Int64) -> String {
    let tenths = (bytes * 10 + (1 << 19)) >> 20
    return "\(tenths / 10).\(tenths % 10) MB"
}

/// Local time as "2026-11-27 09:30".
func timestamp(_ seconds: Int) -> String {
    var t = time_t(seconds)
    var parts = tm()
    localtime_r(&t, &parts)
    var buffer = [CChar](repeating: 0, count: 32)
    let n = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M", &parts)
    return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
