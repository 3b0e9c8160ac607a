import Foundation
import Testing
import Xapian
import PassimIndex

@Suite struct VersionTests {
    @Test func versionNamesPassimXapianAndTheIndexSchema() throws {
        let run = try passim(["--version"], in: packageRoot)
        #expect(run.status == 0)
        let pattern = #/^passim \d+\.\d+\.\d+ \(Xapian 1\.4\.\d+, index schema (\d+)\)\n$/#
        let match = try #require(run.stdout.wholeMatch(of: pattern))
        #expect(Int(match.output.1) == IndexSchema.version)
    }

    /// An index of schema 1 (one Xapian database, before shards) is refused
    /// by search and index alike, with the commands that replace it; they work.
    @Test func anIndexOfAnOlderSchemaSaysExactlyHowToReindex() throws {
        let corpus = try Corpus()
        let old = try WritableDatabase(path: corpus.indexURL.path, create: true)
        try old.setMetadata("1", forKey: IndexSchema.versionKey)
        try old.close()

        let advice = "re-index with `rm -r \(corpus.indexURL.path) && passim index \(corpus.url.path)`"
        for arguments in [["search", "Budanov"], ["index", "."], ["stats"]] {
            let run = try passim(arguments, in: corpus.url)
            #expect(run.status == 2)
            #expect(run.stderr == "passim: index \(corpus.indexURL.path) was made by another version of passim (schema 1, this one reads \(IndexSchema.version)); \(advice)\n")
        }

        let command = try #require(advice.split(separator: "`").dropFirst().first)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", String(command)]
        shell.currentDirectoryURL = corpus.url
        shell.environment = ["PATH": URL(fileURLWithPath: passimBinary).deletingLastPathComponent().path + ":/usr/bin:/bin"]
        shell.standardError = FileHandle.nullDevice
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        #expect(try passim(["search", "Budanov"], in: corpus.url).status == 0)
    }

    @Test func anIndexElsewhereIsNamedWithItsOption() throws {
        let corpus = try Corpus()
        let elsewhere = corpus.url.appendingPathComponent("my index")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let old = try WritableDatabase(path: elsewhere.path, create: true)
        try old.setMetadata("2", forKey: IndexSchema.versionKey)
        try old.close()
        let run = try passim(["search", "Budanov", "--index", "my index"], in: corpus.url)
        #expect(run.status == 2)
        #expect(run.stderr.hasSuffix("re-index with `rm -r '\(elsewhere.path)' && passim index FOLDER --index '\(elsewhere.path)'`\n"))
    }
}
