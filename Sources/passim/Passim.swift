import ArgumentParser
import Xapian
#if canImport(Glibc)
import Glibc
import PassimIndex
import PassimOutput
import PassimSupport
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
                      TagCommand.self, TimelineCommand.self, StatsCommand.self, CheckCommand.self, RetagCommand.self,
                      ServeCommand.self, ShowCommand.self]
    )

    /// grep's exit codes: 0 found, 1 not found, 2 trouble (usage errors included).
    static func main() {
        do {
            var command = try parseCommand()
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

    /// `passim search …` and `passim timeline …`, the commands scripts run in
    /// loops, are parsed on their own: building the whole command tree costs
    /// more than searching a small index, and plain arguments are read without
    /// ArgumentParser at all (CommandFastPath). Everything else
    /// (help, completions, the other commands) goes through the root as usual.
    static func parseCommand() throws -> ParsableCommand {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let plain = !arguments.contains(where: { $0 == "--help" || $0 == "-h" || $0.hasPrefix("--generate-") })
        if arguments.first == "search", plain {
            if let command = SearchCommand.fastPath.parse(arguments.dropFirst()) { return command }
            return try SearchCommand.parse(Array(arguments.dropFirst()))
        }
        if arguments.first == "timeline", plain {
            if let command = TimelineCommand.fastPath.parse(arguments.dropFirst()) { return command }
            return try TimelineCommand.parse(Array(arguments.dropFirst()))
        }
        if let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first),
           let near = CommandSuggestion.nearest(to: first, among: commandNames) {
            throw ValidationError("unknown command `\(first)`; did you mean `passim \(near)`?")
        }
        return try parseAsRoot()
    }

    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }

    static func fail(_ message: String) -> Never {
        Console.standard.error(message)
        Glibc.exit(2)
    }
}

/// `--index PATH`, shared by the commands that read an index.
struct IndexOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The index to use: a folder, a shard, a Xapian stub file, or tcp://HOST:PORT for `passim serve` (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).",
        valueName: "path"), completion: .directory)
    var index: [String] = []

    /// The one index a command works on.
    func resolve() throws(PassimError) -> String {
        guard index.count <= 1 else { throw PassimError.usage("this command works on one index; give --index once") }
        return try IndexLocation.find(explicit: index.first, from: FileSystem.currentDirectory())
    }

    /// Every index given (searched as one), or the one found from here.
    func sources() throws(PassimError) -> [IndexSource] {
        if index.isEmpty { return [try IndexSource(try resolve())] }
        // The same index named twice (`x`, `./x/`, a link to it) is searched once, not counted twice.
        var seen = Set<String>()
        return try index.map { text throws(PassimError) in try IndexSource(text) }.filter { source in
            guard case .local(let path) = source else { return seen.insert(source.description).inserted }
            return seen.insert(FileSystem.realPath(path) ?? path).inserted
        }
    }
}

/// FOLDER and `--index`, shared by the commands that write an index of a folder.
struct FolderArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The folder of articles (default: the folder of the index found from here).",
                                 valueName: "folder"),
              completion: .directory)
    var folder: String?

    @Option(name: .long, help: ArgumentHelp("Where the index is kept (default: FOLDER/.passim).", valueName: "path"),
            completion: .directory)
    var index: String?

    /// An indexer of FOLDER, or, without one, of the folder whose index is found from here.
    func indexer() throws -> Indexer {
        let corpus: String
        if let folder {
            corpus = folder
        } else {
            let found = try IndexLocation.find(explicit: index, from: FileSystem.currentDirectory())
            corpus = try IndexHandle(path: found).corpusRoot
        }
        return Indexer(corpus: corpus, indexPath: index)
    }
}

/// Options of the commands that may search several indexes, some remote.
struct SourcesOption: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds to wait for a remote index (tcp://…) to connect and answer (at most a day).",
                               valueName: "seconds"), transform: Seconds.parse)
    var timeout = Seconds(Tuning.remoteTimeout)

    @Flag(help: "When an index cannot be reached, search the others and say which was left out (instead of failing).")
    var allowPartial = false
}
