import Foundation
import Testing

/// Output for pipes and editors: --vimgrep; the pager on a terminal only.
@Suite struct SearchShellOutputTests {
    @Test func vimgrepGivesEachHitsFirstMatchByLineAndByteColumn() throws {
        let corpus = try Corpus.indexedSeeds()
        try corpus.write("world/kursk.md", """
            # Fighting near Kursk

            Ukrainian units held their positions overnight while
            the artillery duel went on, and Russian glide bombs
            struck villages north of Sudzha, officials said.
            """)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)

        let run = try passim(["search", "glide OR \"ballistic missile\"", "--vimgrep"], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.lines.count == 3)
        for line in run.lines {
            let fields = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            let (path, lineNumber, column) = (fields[0], try #require(Int(fields[1])), try #require(Int(fields[2])))
            let file = try Data(contentsOf: corpus.url.appendingPathComponent(path))
            let fileLine = try #require(file.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .dropFirst(lineNumber - 1).first)
            let atColumn = String(decoding: Array(fileLine).dropFirst(column - 1), as: UTF8.self)
            #expect(atColumn.hasPrefix("glide") || atColumn.hasPrefix("ballistic"), "\(line)")
            #expect(!fields[3].isEmpty)
        }
        #expect(run.lines.contains { $0.hasPrefix("world/kursk.md:4:41:") })
        #expect(run.lines.contains { $0.hasPrefix("000_8bf942be92c7755d.txt:2:1451:…") })

        // A file deleted since indexing: the passage's line, column 1.
        try FileManager.default.removeItem(at: corpus.url.appendingPathComponent("world/kursk.md"))
        let gone = try passim(["search", "glide", "--vimgrep"], in: corpus.url)
        #expect(gone.lines.first?.hasPrefix("world/kursk.md:1:1:") == true)

        let both = try passim(["search", "glide", "--vimgrep", "--json"], in: corpus.url)
        #expect(both.status == 2)
        #expect(both.stderr.contains("choose one of --count, --files, --json, --vimgrep, --csv and --tsv"))
    }

    @Test func longOutputOnATerminalGoesThroughThePager() throws {
        let corpus = try Corpus.indexedSeeds()
        let pager = ["PAGER": "sed 's/^/paged: /'"]
        let long = "stty rows 10 cols 80; \(passimBinary) search Russia --color never"
        let paged = try onTerminal(long, in: corpus.url, environment: pager)
        #expect(paged.contains("paged: 000_8bf942be92c7755d.txt:2"))
        #expect(paged.contains("1–2 of 13 matching passages"))

        let noPager = try onTerminal(long + " --no-pager", in: corpus.url, environment: pager)
        #expect(noPager.contains("000_8bf942be92c7755d.txt:2") && !noPager.contains("paged:"))
        let fits = try onTerminal("stty rows 100 cols 80; \(passimBinary) search Russia --color never", in: corpus.url, environment: pager)
        #expect(fits.contains("000_8bf942be92c7755d.txt:2") && !fits.contains("paged:"))
        let dumb = try onTerminal(long, in: corpus.url, environment: pager.merging(["TERM": "dumb"]) { a, _ in a })
        #expect(dumb.contains("000_8bf942be92c7755d.txt:2") && !dumb.contains("paged:"))
        let json = try onTerminal(long + " --json --limit 20", in: corpus.url, environment: pager)
        #expect(json.contains("{\"schema\":2") && !json.contains("paged:"))

        let missing = try onTerminal(long, in: corpus.url, environment: ["PAGER": "no-such-pager"])
        #expect(missing.contains("passim: cannot run the pager `no-such-pager`"))
        #expect(missing.contains("000_8bf942be92c7755d.txt:2"))

        // Piped: never paged.
        let piped = try passim(["search", "Russia", "--limit", "20"], in: corpus.url, environment: pager)
        #expect(piped.status == 0 && !piped.stdout.contains("paged:"))
    }

    /// What `command` writes when run by the shell on a pseudo-terminal (util-linux's `script`).
    private func onTerminal(_ command: String, in directory: URL, environment: [String: String]) throws -> String {
        // Whatever terminal the tests run in (CI's may be dumb), this one is not.
        let run = try runCommand(["/usr/bin/script", "-qec", command, "/dev/null"], in: directory,
                                 environment: environment.merging(["TERM": "xterm"]) { mine, _ in mine })
        return run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }
}
