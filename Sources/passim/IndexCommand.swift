import ArgumentParser
import PassimIndex
import PassimOutput
import PassimSupport
import PassimText

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index a folder of articles (text, Markdown, HTML, reStructuredText, Org, PDF, EPUB), or bring its index up to date.",
        discussion: """
            The index goes to FOLDER/.passim unless --index says otherwise. Re-running reads only files that \
            are new or changed, and drops files that were deleted. Hidden files and folders are skipped.
            Articles: \(SourceFormat.byExtension.map { "." + $0.key }.joined(separator: " ")). PDFs need \
            pdftotext (Debian: poppler-utils), EPUBs unzip.
            A dates.tsv at the top of FOLDER (path<TAB>YYYY-MM-DD a line, paths relative to FOLDER) states \
            article dates that win over any other; a bad line is warned about with its number and left out.

            Examples:
              passim index ~/articles
              passim index                 # update the index of the folder you are in
              passim index ~/articles --index /fast/disk/articles.passim
            """
    )

    @OptionGroup var location: FolderArguments

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false

    @Flag(name: [.short, .long], help: "List every skipped file with its reason.")
    var verbose = false

    @Flag(help: "If another passim is updating the index, fail at once (exit 2) instead of waiting.")
    var noWait = false

    @Option(help: ArgumentHelp("A gazetteer file of your own, used from now on (repeatable; see docs/gazetteer.md).",
                               valueName: "file"), completion: .file(extensions: ["tsv"]))
    var gazetteer: [String] = []

    @Flag(help: "Follow symbolic links that lead out of the folder (links inside it are always followed).")
    var follow = false

    @Option(help: ArgumentHelp("Shards of a new index, written in parallel (default: one per core, up to 4). An existing index keeps its own.",
                               valueName: "n"))
    var shards: Int?

    @Option(help: ArgumentHelp("Each shard commits after this many MB of files (default: \(Tuning.commitBytes >> 20)); a crash loses at most that much work.",
                               valueName: "MB"))
    var commitMb: Double?

    func validate() throws {
        if let commitMb, !(0.01...4096).contains(commitMb) {
            throw ValidationError("--commit-mb must be between 0.01 and 4096 (MB of files per commit)")
        }
        if let shards, !(1...64).contains(shards) { throw ValidationError("--shards must be between 1 and 64") }
    }

    func run() throws {
        let indexer = try location.indexer()
        let console = Console.standard
        indexer.waitForLock = !noWait
        if let shards { indexer.shardCount = shards }
        indexer.addedGazetteers = gazetteer
        indexer.followLinks = follow
        if let commitMb { indexer.commitBytes = Int64(commitMb * 1_048_576) }
        indexer.onWait = { console.note($0) }
        Interruption.install()
        let writing = IndexWriteRun(quiet: quiet, console: console)
        let summary = try writing.run { () throws(PassimError) in try indexer.run(progress: writing.indexProgress) }
        report(summary, to: console)
        try writing.stopIfInterrupted(summary.interrupted,
                                      "interrupted; what was indexed is committed — run `passim index` again to finish")
    }

    private func report(_ s: IndexSummary, to console: Console) {
        let shown = verbose ? s.skipped : Array(s.skipped.prefix(10))
        for skip in shown { console.note("\(skip.path): \(skip.reason)") }
        for note in s.notes { console.note("\(note.path): \(note.reason)") }
        for warning in s.warnings { console.warning(warning) }
        if s.skipped.count > shown.count {
            console.note("… and \(s.skipped.count - shown.count) more skipped (see --verbose)")
        }
        if s.linksLeavingFolder > 0 { console.note(linksLeavingNote(s.linksLeavingFolder)) }
        guard !quiet else { return }
        let mb = Double(s.bytesRead) / 1_048_576
        var line = "indexed \(FileSystem.relative(shownPath, to: FileSystem.currentDirectory())) in \(seconds(s.seconds)): "
        line += "\(s.added) added, \(s.updated) updated, \(s.removed) removed, \(s.unchanged) unchanged"
        if s.moved > 0 { line += ", \(s.moved) moved" }
        if !s.skipped.isEmpty { line += ", \(s.skipped.count) skipped" }
        line += "; read \(rounded(mb)) MB"
        if s.seconds > 0, mb >= 0.1 { line += " at \(rounded(mb / s.seconds)) MB/s" }
        console.report(line)
        console.report("index holds \(plural(s.articles, "article")) in \(plural(s.passages, "passage"))")
        if !s.ignoredByExtension.isEmpty {
            let kinds = s.ignoredByExtension.sorted { $0.value > $1.value }
                .map { "\($0.value) \($0.key.isEmpty ? "without extension" : "." + $0.key)" }
            console.report("not articles, left out: " + kinds.joined(separator: ", "))
        }
    }

    /// What the summary names: the index when given, else the folder.
    private var shownPath: String { location.index ?? (location.folder ?? ".") }
}

/// The one line about links out of the folder that a run left alone.
func linksLeavingNote(_ count: Int) -> String {
    let links = count == 1 ? "1 symbolic link leads" : "\(grouped(count)) symbolic links lead"
    return "\(links) out of the folder and \(count == 1 ? "was" : "were") not followed; add --follow to index what they point to"
}

/// "1 article", "2,225 articles".
func plural(_ n: Int, _ noun: String) -> String { "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")" }

func rounded(_ x: Double) -> String {
    let tenths = Int((x * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}

func seconds(_ x: Double) -> String { x < 60 ? rounded(x) + " s" : "\(Int(x) / 60) min \(Int(x) % 60) s" }
