import ArgumentParser
import PassimCore
import Xapian
#if canImport(Glibc)
import Glibc
#endif

@main
struct Passim: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "passim",
        abstract: "Full-text search over folders of news articles, passage by passage.",
        discussion: """
            Index a folder once, then search it from anywhere inside it:

              passim index ~/articles
              passim search '"ballistic missile" NEAR Korea'

            Exit status: 0 when something was found, 1 when nothing was, 2 on error.
            """,
        version: "passim \(version) (Xapian \(xapianVersion), index schema \(IndexSchema.version))",
        subcommands: [IndexCommand.self, SearchCommand.self, WatchCommand.self, EntitiesCommand.self,
                      TagCommand.self, StatsCommand.self, CheckCommand.self, RetagCommand.self]
    )

    /// grep's exit codes: 0 found, 1 not found, 2 trouble (usage errors included).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch let error as PassimError {
            fail(error.description)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            // One line, as for every other error; --help has the rest.
            let message = Self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            fail(message.hasPrefix("Error: ") ? String(message.dropFirst(7)) + " (see --help)" : message + " (see --help)")
        }
        Glibc.exit(0)
    }

    static func fail(_ message: String) -> Never {
        let err = OutputStream(fd: 2)
        err.write("passim: \(message)\n")
        err.flush()
        Glibc.exit(2)
    }
}

/// `--index PATH`, shared by the commands that read an index.
struct IndexOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The index to use (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).",
        valueName: "path"), completion: .directory)
    var index: String?

    func resolve() throws(PassimError) -> String {
        try IndexLocation.find(explicit: index, from: FileSystem.currentDirectory())
    }
}
