import ArgumentParser
import PassimIndex
import PassimOutput

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an index for damage and compare it with its folder.",
        discussion: """
            Runs Xapian's consistency check on the index files (as xapian-check does), then lists articles \
            that are in the folder but not in the index, in the index but gone from the folder, or changed \
            since they were indexed, and says how to repair.

            Exit status: 0 when the index is sound and current, 1 when it needs repair or an update, 2 on error.
            """
    )

    @OptionGroup var location: IndexOption

    @Flag(name: [.short, .long], help: "List every file concerned, not just the first few.")
    var verbose = false

    @Flag(help: "Follow symbolic links that lead out of the folder, as `passim index --follow` does.")
    var follow = false

    func run() throws {
        let report = try IndexCheck.run(indexPath: try location.resolve(), followLinks: follow)
        let out = OutputStream(fd: 1)
        defer { out.flush() }
        if report.isDamaged {
            out.write("index \(report.indexPath) is damaged (\(report.damage) problem\(report.damage == 1 ? "" : "s")):\n")
            out.write(report.damageReport.split(separator: "\n").prefix(verbose ? Int.max : 10)
                .map { "  " + $0 + "\n" }.joined())
            out.write("repair: `\(report.rebuildCommand)` (your files are not touched)\n")
            throw ExitCode(1)
        }
        if report.readOnly {
            // Xapian's file check opens the files for writing; what can be read is checked below.
            out.write("index \(report.indexPath) is read-only: search and stats work, `passim index` cannot update it, and Xapian's file check needs write access, so it was not run\n")
        } else {
            out.write("index \(report.indexPath): database sound\n")
        }
        list("in the folder but not indexed", report.missing, to: out)
        list("indexed but gone from the folder", report.gone, to: out)
        list("changed since indexed", report.changed, to: out)
        list("with passages and bookkeeping out of step", report.inconsistent, to: out)
        list("could not be read", report.unreadable.map { "\($0.path): \($0.reason)" }, to: out)
        if report.isCurrent {
            out.write("up to date with \(report.corpusRoot)\n")
        } else {
            out.write("repair: run `\(report.updateCommand)`; it reads only what differs\n")
            throw ExitCode(1)
        }
    }

    private func list(_ heading: String, _ paths: [String], to out: OutputStream) {
        guard !paths.isEmpty else { return }
        out.write("\(paths.count) \(paths.count == 1 ? "article" : "articles") \(heading):\n")
        let shown = verbose ? paths : Array(paths.prefix(10))
        for path in shown { out.write("  \(TerminalText.path(path))\n") }
        if shown.count < paths.count { out.write("  … and \(paths.count - shown.count) more (--verbose lists all)\n") }
    }
}
