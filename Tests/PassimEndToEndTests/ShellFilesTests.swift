import Foundation
import Testing

/// The completions and the manual page are made from the command
/// definitions and committed; they must be what the code makes today.
@Suite struct ShellFilesTests {
    @Test func committedCompletionsAndManualPageAreCurrent() throws {
        let bin = URL(fileURLWithPath: passimBinary).deletingLastPathComponent().path
        let run = try runCommand([packageRoot.appendingPathComponent("scripts/generate-shell-files").path, "--check", "--bin", bin],
                                 in: packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), "needs groff"))
    func theManualPageRendersWithoutWarnings() throws {
        let run = try runCommand(["/usr/bin/groff", "-k", "-man", "-Tutf8", "-ww", "-z",
                                  packageRoot.appendingPathComponent("man/passim.1").path], in: packageRoot)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func theManualPageDescribesEveryCommand() throws {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("man/passim.1"), encoding: .utf8)
        for command in ["index", "search", "watch", "entities", "tag", "timeline", "stats", "check", "retag", "serve", "show"] {
            #expect(page.contains(".SS \"passim \(command)\""), "\(command)")
        }
        #expect(page.contains("\\fB\\-\\-vimgrep\\fR"))
    }
}
