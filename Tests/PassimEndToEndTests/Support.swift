import Foundation
import Testing

/// The `passim` binary built beside this test bundle (or $PASSIM_BINARY).
let passimBinary: String = {
    if let explicit = ProcessInfo.processInfo.environment["PASSIM_BINARY"] { return explicit }
    let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundleFolder.appendingPathComponent("passim").path
}()

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let seedFolder = packageRoot.appendingPathComponent("seeds")
let sharedCorpora = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora")

func sharedCorpus(_ name: String) -> URL? {
    let url = sharedCorpora.appendingPathComponent(name)
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    var lines: [String] { stdout.split(separator: "\n").map(String.init) }
}

/// Runs any command (not only passim; found on $PATH) and collects its output.
func runCommand(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
    try RunningProgram(arguments, in: directory, environment: environment, executable: "/usr/bin/env").wait()
}

/// A passim process (or another program's) started in the background, its
/// output collected.
final class RunningProgram: @unchecked Sendable {
    let process = Process()
    private let out = Pipe(), err = Pipe()
    private var outData = Data(), errData = Data()
    private let group = DispatchGroup()

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
         executable: String = passimBinary) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["PASSIM_INDEX"] = nil
        env["NO_COLOR"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both while it runs, so a full pipe never blocks it.
        DispatchQueue.global().async(group: group) { self.outData = self.out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { self.errData = self.err.fileHandleForReading.readDataToEndOfFile() }
    }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    func wait() -> Run {
        group.wait()
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Run(status: status, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Runs passim with `arguments` in `directory`, as a user would from a shell.
@discardableResult
func passim(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
    try RunningProgram(arguments, in: directory, environment: environment).wait()
}

/// Polls `condition` every 20 ms for up to `seconds`.
func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

/// A temporary corpus folder, removed when the value goes away.
final class Corpus {
    let url: URL
    init(copyingSeeds: Bool = true) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("passim-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if copyingSeeds {
            for name in try FileManager.default.contentsOfDirectory(atPath: seedFolder.path) where !name.hasPrefix(".") {
                try FileManager.default.copyItem(at: seedFolder.appendingPathComponent(name),
                                                 to: url.appendingPathComponent(name))
            }
        }
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ relativePath: String, _ text: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// `count` made-up articles of about `words` words each, in folders of
    /// 500, the same every time.
    static func synthetic(articles count: Int, words: Int = 300) throws -> Corpus {
        let corpus = try Corpus(copyingSeeds: false)
        let vocabulary = ["missile", "drone", "artillery", "front", "army", "minister", "said", "the", "of", "and",
                          "talks", "ceasefire", "shells", "border", "troops", "official", "report", "city", "region",
                          "attack", "defence", "budget", "economy", "market", "oil", "prices", "rates", "bank"]
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for i in 0..<count {
            var text = "Article \(i) about \(vocabulary[i % vocabulary.count])\n\n"
            for w in 0..<words {
                text += vocabulary[next() % vocabulary.count]
                text += (w % 40 == 39) ? ".\n\n" : (w % 12 == 11 ? ". " : " ")
            }
            try corpus.write("part\(i / 500)/a\(i).txt", text + "\n")
        }
        return corpus
    }

    var indexURL: URL { url.appendingPathComponent(".passim") }

    /// Articles and passages the index reports, via `passim stats`.
    func indexCounts() throws -> (articles: Int, passages: Int) {
        let stats = try passim(["stats"], in: url)
        func number(_ name: String) -> Int {
            let line = stats.lines.first { $0.hasPrefix(name + ":") } ?? ""
            return Int(line.split(separator: " ").last.map { $0.replacingOccurrences(of: ",", with: "") } ?? "") ?? -1
        }
        return (number("articles"), number("passages"))
    }

    /// A corpus with the seed article, already indexed.
    static func indexedSeeds() throws -> Corpus {
        let corpus = try Corpus()
        let run = try passim(["index", "."], in: corpus.url)
        #expect(run.status == 0, "index failed: \(run.stderr)")
        return corpus
    }
}

func jsonObjects(_ run: Run) throws -> [[String: Any]] {
    try run.lines.map { line in
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any])
    }
}
