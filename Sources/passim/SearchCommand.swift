import ArgumentParser
import PassimIndex
import PassimOutput
import PassimSupport

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the passages that best match a query.",
        discussion: """
            The query uses Xapian's syntax. Words are stemmed ("missiles" finds "missile").
              "north korean troops"     a phrase
              Budanov NEAR shells       within \(Tuning.nearWindow) words of each other (NEAR/5: within 5)
              drones -Iran              drones, not Iran (+word requires a word)
              (drones OR missiles) AND Russia
              missil*                   words starting with "missil"
              title:budget              words of the article's title
              folder:business           only articles under business/ (a filter)
              actor:budanov             passages naming an actor, by id or any of its names
              weapon:missile            …a weapon (a class finds its systems: Iskander, KN-23…)
              place:kursk               …a place (a country finds its regions and cities)
              date:2024-10..2024-11     articles dated in Oct. or Nov. 2024 (ends included)
              date:2024                 …in 2024 (or a month, date:2024-10, or a day)
              date:..2024-06            …up to June 2024 (date:2024-10..: from October on)
            An article's date is the one it states (metadata, front matter, a dateline),
            else its file's modification day, shown with "(file time)".
            Quote the query for the shell. Results go to stdout; messages to stderr.

            Examples:
              passim search '"ballistic missile"'
              passim search 'Budanov NEAR shells' --limit 3
              passim search 'drones -Iran' --json | jq .path
              passim search budget --files -0 | xargs -0 wc -w
              passim search drones --since 2024-10 --sort date
              vim -q <(passim search drones --vimgrep --limit 50)
            """
    )

    @Argument(help: "The query (several words are joined with spaces).")
    var query: [String]

    @OptionGroup var location: IndexOption
    @OptionGroup var remote: SourcesOption

    @Option(name: [.short, .long], help: "Show at most this many passages (default: 10; with --files, all).")
    var limit: Int?

    @Option(help: "Skip this many passages first (for paging).")
    var offset = 0

    @Option(help: "Show at most this many passages per article; 0 shows all.")
    var perArticle = Tuning.passagesPerArticle

    @Flag(help: "Print only the number of matching passages.")
    var count = false

    @Flag(help: "Print only the paths of matching articles, best first.")
    var files = false

    @Flag(name: [.customShort("0"), .long], help: "With --files, end each path with a NUL byte instead of a newline.")
    var null = false

    @Flag(help: "Print one JSON object per passage (NDJSON).")
    var json = false

    @Flag(help: "Print one line per passage, path:line:column:snippet, at its first match (for editors).")
    var vimgrep = false

    @Flag(help: "Never send long output on a terminal through $PAGER (default: less -FRX).")
    var noPager = false

    @Flag(help: "Show what each passage's score is made of: the query's words, title words, feedback.")
    var explain = false

    @Flag(help: "Also count the actors, weapons and places named in all matching passages.")
    var facets = false

    @Option(help: ArgumentHelp("Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD; the whole month or year).",
                               valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Order of the passages: relevance (best first) or date (newest first, best first within a day).",
                               valueName: "order"))
    var sort: SearchOrder = .relevance

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Widen the query with the terms that characterise its first hits (default: only for queries of 6 words or more)."))
    var feedback: Bool?

    @Option(help: ArgumentHelp("When to colour the output: auto, always or never.", valueName: "when"))
    var color: Terminal.ColorChoice = .auto

    func validate() throws {
        guard !query.joined().trimmingCharacters(in: " \t\n").isEmpty else {
            throw ValidationError("the query is empty; give some words to search for")
        }
        // Xapian counts in 32 bits; a larger number is no more than "all".
        let most = Int(Int32.max)
        if let limit, !(1...most).contains(limit) { throw ValidationError("--limit must be from 1 to \(most)") }
        guard (0...most).contains(offset) else { throw ValidationError("--offset must be from 0 to \(most)") }
        guard (0...most).contains(perArticle) else { throw ValidationError("--per-article must be from 0 to \(most)") }
        guard [count, files, json, vimgrep].filter({ $0 }).count <= 1 else {
            throw ValidationError("choose one of --count, --files, --json and --vimgrep")
        }
        if null && !files { throw ValidationError("-0 goes with --files") }
    }

    func run() throws {
        let dates = try DateRange.since(since, until: until)
        let searcher = try Searcher(sources: try location.sources(), timeout: remote.timeout.value,
                                    allowPartial: remote.allowPartial)
        var request = SearchRequest(query: query.joined(separator: " "))
        request.limit = limit ?? (files ? Int(Int32.max) : 10)
        request.offset = offset
        request.perArticle = perArticle
        request.feedback = feedback
        request.explain = explain
        request.facets = facets
        request.dates = dates
        request.order = sort
        let out = OutputStream(fd: 1)
        defer { out.flush() }

        if count {
            let n = try searcher.count(request.query, dates: request.dates)
            out.write("\(n)\n")
            if n == 0 { throw ExitCode(1) }
            return
        }
        if files { request.perArticle = 1 }
        let result = try searcher.search(request)
        if !result.warnings.isEmpty {
            let err = OutputStream(fd: 2)
            for warning in result.warnings { err.write("passim: \(warning)\n") }
            err.flush()
        }
        if json {
            let printer = JSONPrinter()
            for hit in result.hits { out.write(printer.render(hit)) }
            for facet in result.facets { out.write(printer.render(facet)) }
        } else if files {
            var printer = FilesPrinter(nullTerminated: null)
            for hit in result.hits { if let line = printer.render(hit) { out.write(line) } }
        } else if vimgrep {
            let printer = VimgrepPrinter()
            for hit in result.hits {
                out.write(printer.render(hit, at: SourcePosition.firstMatch(of: hit, corpusRoot: searcher.corpusRoot)))
            }
        } else {
            let printer = HumanPrinter(style: Style(enabled: Terminal.useColor(color, fd: 1)),
                                       width: Terminal.width(1))
            var text = result.hits.map(printer.render).joined()
            if facets { text += printer.render(facets: result.facets, perKind: Tuning.facetsPerKind) }
            page(text, to: out)
            reportTotals(result)
        }
        if result.hits.isEmpty {
            let err = OutputStream(fd: 2)
            err.write("no passages found" + (result.suggestion.map { "; did you mean: \($0)" } ?? "") + "\n")
            err.flush()
            throw ExitCode(1)
        }
    }

    /// Through the pager when the text is longer than the terminal, else straight out.
    private func page(_ text: String, to out: OutputStream) {
        if !noPager, let pager = Pager.command(for: text, fd: 1) {
            if Pager.show(text, with: pager) { return }
            let err = OutputStream(fd: 2)
            err.write("passim: cannot run the pager `\(pager)`; set $PAGER to one that works, or give --no-pager\n")
            err.flush()
        }
        out.write(text)
        out.flush()
    }

    private func reportTotals(_ result: SearchResult) {
        let err = OutputStream(fd: 2)
        defer { err.flush() }
        guard !result.hits.isEmpty else { return }
        let first = offset + 1, last = offset + result.hits.count
        let total = (result.exact ? "" : "about ") + String(result.matchingPassages)
        let noun = result.matchingPassages == 1 ? "passage" : "passages"
        err.write("\(first)–\(last) of \(total) matching \(noun)\n")
        if let suggestion = result.suggestion { err.write("did you mean: \(suggestion)\n") }
    }
}

extension Terminal.ColorChoice: ExpressibleByArgument {}
extension SearchOrder: ExpressibleByArgument {}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop.contains($0) }),
              let last = scalars.lastIndex(where: { !drop.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
