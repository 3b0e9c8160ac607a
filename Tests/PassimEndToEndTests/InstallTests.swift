import Foundation
import Testing

/// `make install` and `make uninstall`, with the passim this test run built
/// (a release build would take minutes): the installed binary works on its
/// own, entities included, from the data installed in share/passim.
@Suite struct InstallTests {
    static let installed = [
        "bin/passim", "share/man/man1/passim.1", "share/bash-completion/completions/passim",
        "share/zsh/site-functions/_passim", "share/fish/vendor_completions.d/passim.fish",
        "share/passim/gazetteer/places.tsv", "share/passim/gazetteer/actors.tsv", "share/passim/gazetteer/weapons.tsv",
        "share/passim/tagger/conll2003.weights",
    ]

    @Test func makeInstallPutsAWorkingPassimUnderThePrefixAndUninstallTakesItAway() throws {
        let prefix = try Corpus(copyingSeeds: false)
        let install = try make(["install", "PREFIX=\(prefix.url.path)", "BINARY=\(passimBinary)"])
        #expect(install.status == 0, "\(install.stderr)")
        for path in Self.installed {
            #expect(FileManager.default.fileExists(atPath: prefix.url.appendingPathComponent(path).path), "\(path)")
        }

        let passim = prefix.url.appendingPathComponent("bin/passim").path
        let version = try run(passim, ["--version"], in: prefix.url)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("passim "))

        // Outside the source tree, with no $PASSIM_DATA: entities come from share/passim.
        let corpus = try Corpus()
        let index = try run(passim, ["index", "."], in: corpus.url)
        #expect(index.status == 0, "\(index.stderr)")
        #expect(!index.stderr.contains("entities"), "\(index.stderr)")
        let search = try run(passim, ["search", "actor:budanov", "--json", "--limit", "1"], in: corpus.url)
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("\"id\":\"kyrylo-budanov\""))
        try corpus.write("short.txt", "General Kyrylo Budanov visited Kursk.\n")
        let tag = try run(passim, ["tag", "short.txt"], in: corpus.url)
        #expect(tag.stdout.contains("\"id\":\"kyrylo-budanov\""), "\(tag.stderr)")

        let uninstall = try make(["uninstall", "PREFIX=\(prefix.url.path)"])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        for path in Self.installed {
            #expect(!FileManager.default.fileExists(atPath: prefix.url.appendingPathComponent(path).path), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: prefix.url.appendingPathComponent("share/passim").path))
    }

    @Test func destdirStagesTheInstallForPackaging() throws {
        let stage = try Corpus(copyingSeeds: false)
        let install = try make(["install", "DESTDIR=\(stage.url.path)", "PREFIX=/usr", "BINARY=\(passimBinary)"])
        #expect(install.status == 0, "\(install.stderr)")
        for path in Self.installed {
            #expect(FileManager.default.fileExists(atPath: stage.url.appendingPathComponent("usr/" + path).path), "\(path)")
        }
    }

    private func make(_ arguments: [String]) throws -> Run {
        try run("/usr/bin/env", ["make", "--no-print-directory", "-C", packageRoot.path] + arguments, in: packageRoot)
    }

    /// Runs a program; its stderr goes through a file, so neither pipe can fill and block it.
    private func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        for name in ["PASSIM_DATA", "PASSIM_INDEX", "PREFIX", "DESTDIR", "BINARY", "MAKEFLAGS"] { environment[name] = nil }
        process.environment = environment
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("passim-install-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: (try? String(contentsOf: errFile, encoding: .utf8)) ?? "")
    }
}
