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

/// Runs passim with `arguments` in `directory`, as a user would from a shell.
@discardableResult
func passim(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: passimBinary)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["PASSIM_INDEX"] = nil
    env["NO_COLOR"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both before waiting, so a full pipe never blocks the child.
    final class Collected: @unchecked Sendable { var data = Data() }
    let collected = Collected()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { collected.data = out.fileHandleForReading.readDataToEndOfFile() }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Run(status: process.terminationStatus,
               stdout: String(decoding: collected.data, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self))
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
