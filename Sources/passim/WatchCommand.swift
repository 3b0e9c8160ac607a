import ArgumentParser
#if canImport(Glibc)
import Glibc
import PassimIndex
import PassimOutput
import PassimSupport
#endif

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Keep a folder's index current while articles are added, changed or removed.",
        discussion: """
            Brings the index up to date, then watches the folder and its sub-folders (hidden ones and the \
            index excepted). Changes are indexed in one pass once the folder has been quiet for a moment \
            (--delay; at most \(Int(Tuning.watchLongestSeconds)) s after the first change), each pass told \
            in one line on stderr:
              10:02:11 2 added, 1 updated, 1 removed (0.3 s)
            The index is locked only while a pass writes it, so `passim index` can run meanwhile and \
            searches always work. Ctrl-C stops once the pass at hand is written (exit status 130); a second \
            Ctrl-C stops the pass at its next commit.

            Examples:
              passim watch ~/articles
              passim watch                 # the folder of the index found from here
              passim watch ~/articles --index /fast/disk/articles.passim
            """
    )

    @OptionGroup var location: FolderArguments

    @Option(help: ArgumentHelp("Seconds the folder must be quiet before a pass.", valueName: "seconds"))
    var delay = Tuning.watchQuietSeconds

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false

    @Flag(help: "Follow symbolic links that lead out of the folder (links inside it are always followed).")
    var follow = false

    func validate() throws {
        guard (0...60).contains(delay) else { throw ValidationError("--delay must be between 0 and 60 seconds") }
    }

    func run() throws {
        let indexer = try location.indexer()
        indexer.followLinks = follow
        let log = WatchLog(quiet: quiet, catchUp: "passim index " + ShellWord.quoted(location.folder ?? indexer.corpus)
                           + (location.index.map { " --index " + ShellWord.quoted($0) } ?? ""))
        indexer.onWait = { log.note($0) }
        Interruption.installStoppingAfterJob()
        // Watching starts before the first pass, so a change made during it is seen.
        let watcher = try FolderWatcher(root: indexer.corpus, excluding: indexer.indexPath)

        let first = try log.pass(indexer)
        log.note("watching \(FileSystem.relative(indexer.corpus, to: FileSystem.currentDirectory())) "
                 + "(\(plural(first.articles, "article")), \(plural(watcher.watchedFolders, "folder"))); Ctrl-C stops",
                 always: false)
        let quietFor = Duration.milliseconds(Int(delay * 1000))
        let longest = Duration.milliseconds(Int(max(Tuning.watchLongestSeconds, delay) * 1000))
        while !Interruption.stopAfterJob {
            switch try watcher.waitForChanges(quiet: quietFor, longest: longest, stop: { Interruption.stopAfterJob }) {
            case .changed:
                try log.pass(indexer)
            case .stopped(let pending):
                if pending { log.note("stopped before the latest changes were indexed; `\(log.catchUp)` reads them") }
            }
        }
        throw ExitCode(130)
    }
}

/// What `passim watch` tells on stderr: a line per pass that changed the
/// index, each warning once.
private final class WatchLog {
    let quiet: Bool
    /// The command that brings the index up to date without watching.
    let catchUp: String
    private let console = Console.standard
    private var told: Set<String> = []

    init(quiet: Bool, catchUp: String) {
        self.quiet = quiet
        self.catchUp = catchUp
    }

    /// A message; `always` for warnings, which --quiet keeps.
    func note(_ message: String, always: Bool = true) {
        guard always || !quiet else { return }
        console.note(message)
    }

    /// One incremental pass; its line, its new warnings; exit 130 when it was interrupted.
    @discardableResult
    func pass(_ indexer: Indexer) throws -> IndexSummary {
        let writing = IndexWriteRun(quiet: quiet, console: console)
        var warnedStopping = false
        let summary = try writing.run { () throws(PassimError) in
            try indexer.run(progress: { state in
                if Interruption.stopAfterJob, !warnedStopping, !Interruption.requested {
                    writing.clear()
                    self.note("stopping once this pass is written (Ctrl-C again stops sooner)")
                    warnedStopping = true
                }
                writing.update(state)
            })
        }
        for problem in summary.skipped + summary.notes {
            let line = "\(problem.path): \(problem.reason)"
            if told.insert(line).inserted { note(line) }
        }
        for warning in summary.warnings where told.insert(warning).inserted { console.warning(warning) }
        if summary.linksLeavingFolder > 0, told.insert("links leaving the folder").inserted {
            note(linksLeavingNote(summary.linksLeavingFolder))
        }
        try writing.stopIfInterrupted(summary.interrupted,
                                      "interrupted; what was indexed is committed — `\(catchUp)` finishes the job")
        let changed = summary.added + summary.updated + summary.removed + summary.moved
        if changed > 0, !quiet {
            var line = "\(clockTime()) \(summary.added) added, \(summary.updated) updated, \(summary.removed) removed"
            if summary.moved > 0 { line += ", \(summary.moved) moved" }
            console.report(line + " (\(seconds(summary.seconds)))")
        }
        return summary
    }
}

/// The local time as "10:02:11".
private func clockTime() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    func two(_ n: Int32) -> String { (n < 10 ? "0" : "") + String(n) }
    return two(parts.tm_hour) + ":" + two(parts.tm_min) + ":" + two(parts.tm_sec)
}
