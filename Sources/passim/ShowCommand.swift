import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import PassimIndex
import PassimOutput
import PassimSupport

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a whole article as indexed, the passage of a hit marked.",
        discussion: """
            Takes what a search prints, so a hit can be pasted as it is:

              passim show bbc/kyiv.txt            the article
              passim show bbc/kyiv.txt:42         the passage at line 42 marked
              passim show 'bbc/kyiv.txt:42:7:…'   a --vimgrep line
              passim show report.pdf:p12          the passage on page 12
              passim show bbc/kyiv.txt#3          passage 3 (the "passage" of --json)

            With --query, the query's words are highlighted as in a search.
            The text is the index's: run `passim index` after editing a file.
            """
    )

    @Argument(help: ArgumentHelp("The article: a path, as search prints it, optionally with :LINE, :pPAGE or #PASSAGE.",
                                 valueName: "path"), completion: .file())
    var reference: String

    @Option(name: [.short, .long], help: ArgumentHelp("Highlight the words of this query.", valueName: "query"))
    var query: String?

    @Flag(help: "Write the article as one JSON object (see the README's JSON schema).")
    var json = false

    @Option(help: ArgumentHelp("Colour: auto, always or never.", valueName: "when"))
    var color: Terminal.ColorChoice = .auto

    @Flag(help: "Never page the output.")
    var noPager = false

    @OptionGroup var location: IndexOption

    func run() throws {
        let indexPath = try location.resolve()
        let opened = try IndexHandle(path: indexPath)
        let here = FileSystem.currentDirectory()
        for reading in ArticleReference.readings(of: reference) {
            let relative = Self.relative(reading.path, root: opened.corpusRoot, here: here)
            guard let article = try ArticleLookup.article(relative, in: opened.database, index: indexPath, query: query)
            else { continue }
            let marked = ArticleLookup.passageIndex(reading.target, in: article.passages)
            let shown = FileSystem.relative(opened.corpusRoot + "/" + relative, to: here)
            let out = OutputStream(fd: 1)
            defer { out.flush() }
            if json {
                out.write(ArticlePrinter.json(article, path: shown, marked: marked))
                return
            }
            let printer = ArticlePrinter(style: Style(enabled: Terminal.useColor(color, fd: 1)), width: Terminal.width(1))
            let text = printer.render(article, path: shown, marked: marked)
            if !noPager, let pager = Pager.command(for: text, fd: 1), Pager.show(text, with: pager) { return }
            out.write(text)
            return
        }
        throw PassimError.usage("`\(reference)` is not an article of the index at \(indexPath); `passim search --files` lists them")
    }

    /// `path` as given (from here, or relative to the corpus root) as a path relative to the root.
    static func relative(_ path: String, root: String, here: String) -> String {
        let absolute = path.hasPrefix("/") ? path : here + "/" + path
        let normal = FileSystem.absolute(absolute)
        // By bytes, not Characters: a name starting with a combining mark joins the "/" before it.
        let below = FileSystem.relative(normal, to: root)
        return below != normal && below != "." ? below : path
    }
}
