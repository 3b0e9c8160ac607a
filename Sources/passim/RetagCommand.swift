import ArgumentParser
import PassimIndex
import PassimOutput
import PassimSupport

struct RetagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retag",
        abstract: "Tag the actors, weapons and places of an index again, after the gazetteer changed.",
        discussion: """
            Uses the text the index stores: no article is read again. Takes Passim's gazetteer, the files \
            given with --gazetteer now or before (the index remembers them), and gazetteer.tsv in the index \
            folder if there is one. The format is in docs/gazetteer.md.

            Examples:
              passim retag --gazetteer ~/notes/my-entities.tsv
              passim retag
            """
    )

    @OptionGroup var location: IndexOption

    @Option(help: ArgumentHelp("A gazetteer file of your own to use from now on (repeatable).", valueName: "file"),
            completion: .file(extensions: ["tsv"]))
    var gazetteer: [String] = []

    @Flag(help: "If another passim is updating the index, fail at once (exit 2) instead of waiting.")
    var noWait = false

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false

    func run() throws {
        let retagger = Retagger(indexPath: try location.resolve())
        retagger.addedGazetteers = gazetteer
        retagger.waitForLock = !noWait
        let console = Console.standard
        retagger.onWait = { console.note($0) }
        Interruption.install()
        let writing = IndexWriteRun(quiet: quiet, console: console)
        let summary = try retagger.run(progress: writing.live ? { done, total in
            writing.show("re-tagging \(grouped(done))/\(grouped(total)) articles")
        } : nil)
        writing.clear()
        if !quiet {
            console.report("re-tagged \(plural(summary.articles, "article")) (\(plural(summary.passages, "passage"))) in \(seconds(summary.seconds)): "
                           + "\(grouped(summary.mentionsAfter)) mentions, before \(grouped(summary.mentionsBefore))")
        }
        try writing.stopIfInterrupted(summary.interrupted,
                                      "interrupted; what was re-tagged is committed — run `passim retag` again to finish")
    }
}
