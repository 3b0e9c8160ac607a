import Foundation
import Testing

/// The completions and the manual page are made from the command
/// definitions and committed; they must be what the code makes today.
@Suite struct ShellFilesTests {
    @Test func committedCompletionsAndManualPageAreCurrent() throws {
        let bin = URL(fileURLWithPath: passimBinary).deletingLastPathComponent().path
        let run = try shell(packageRoot.appendingPathComponent("scripts/generate-shell-files").path,
                            ["--check", "--bin", bin])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), "needs groff"))
    func theManualPageRendersWithoutWarnings() throws {
        let run = try shell("/usr/bin/groff", ["-k", "-man", "-Tutf8", "-ww", "-z", packageRoot.appendingPathComponent("man/passim.1").path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func theManualPageDescribesEveryCommand() throws {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("man/passim.1"), encoding: .utf8)
        for command in ["index", "search", "watch", "entities", "tag", "stats", "check", "retag", "serve"] {
            #expect(page.contains(".SS \"passim \(command)\""), "\(command)")
        }
        #expect(page.contains("\\fB\\-\\-vimgrep\\fR"))
    }

    private func shell(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}
