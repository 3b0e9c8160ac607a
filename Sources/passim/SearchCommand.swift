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
              date:30d..                …in the last 30 days (also 6w, 3m, 1y, today, yesterday)
              date:none                 articles that state no date (-date:none leaves them out)
            An article's date is the one it states (metadata, its file name or folders,
            a dateline at its top), else its file's modification day, shown with "(file time)".
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
    @OptionGroup var context: ContextOptions
    @OptionGroup var views: ViewOptions

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

    @Option(help: ArgumentHelp("Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD, or back from today: 30d, 6w, 3m, 1y).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD; the whole month or year).",
                               valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Order of the passages: relevance (best first), date (newest first) or oldest (oldest first); by date, best first within a day and articles dated by file time last.",
                               valueName: "order"))
    var sort: SearchOrder = .relevance

    @OptionGroup var datedFilter: DatedFilterOptions

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
        _ = try resolvedOutput()
    }

    func run() throws {
        let output = try resolvedOutput()
        let dates = try DateRange.since(since, until: until, stated: datedFilter.stated)
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
        request.scope = try views.scope(searcher: searcher, indexGiven: !location.index.isEmpty)
        (request.contextBefore, request.contextAfter) = (context.passagesBefore, context.passagesAfter)
        let out = OutputStream(fd: 1)
        defer { out.flush() }

        if case .count(let articles) = output {
            // The count is of what was searched: say so when a wildcard was narrowed.
            let note = { (warning: String) in Console.standard.note(warning) }
            let n = articles ? try searcher.countArticles(request, warnings: note) : try searcher.count(request, warnings: note)
            out.write("\(n)\n")
            if n == 0 { throw ExitCode(1) }
            return
        }
        if files {
            request.perArticle = 1
            request.snippets = false
        }
        if views.articles { request.perArticle = 1 }
        let (result, shown) = try show(request, from: searcher, as: output, to: out)
        if output.isMachineReadable { warn(result) } else { reportTotals(result, shown: shown, scope: request.scope) }
        if shown == 0 {
            if offset > 0, result.matchingPassages > 0 {
                // Paged past the end: say how far the result goes.
                let total = (result.exact ? "" : "about ") + String(result.matchingPassages)
                Console.standard.report("no passages past --offset \(offset); the query matches \(total)")
                throw ExitCode(1)
            }
            Console.standard.report("no passages found" + (result.suggestion.map { "; did you mean: \($0)" } ?? ""))
            throw ExitCode(1)
        }
    }

    /// Runs the search and prints its hits; returns the result and how many were shown.
    /// Machine output streams: each hit is printed as soon as its page is read.
    private func show(_ request: SearchRequest, from searcher: Searcher, as output: SearchOutput,
                      to out: OutputStream) throws -> (SearchResult, Int) {
        var printer = printer(for: output, searcher: searcher), shown = 0
        printer.begin(to: out)
        let result = try searcher.search(request) { hit in printer.write(hit, to: out); shown += 1 }
        // The default view's notes come before its page, which may go through the pager.
        if !output.isMachineReadable { warn(result) }
        printer.finish(result, to: out)
        return (result, shown)
    }

    /// The notes on how the query was understood, on stderr.
    private func warn(_ result: SearchResult) {
        guard !result.warnings.isEmpty else { return }
        for warning in result.warnings { Console.standard.note(warning) }
    }

    private func reportTotals(_ result: SearchResult, shown: Int, scope: String?) {
        guard shown > 0 else { return }
        let first = offset + 1, last = offset + shown
        let total = (result.exact ? "" : "about ") + String(result.matchingPassages)
        let noun = result.matchingPassages == 1 ? "passage" : "passages"
        // From a sub-folder of the corpus the search covers that sub-folder: say so.
        let below = scope.map { " below \($0)/ (--whole-index for all)" } ?? ""
        Console.standard.report("\(first)–\(last) of \(total) matching \(noun)\(below)")
        if let suggestion = result.suggestion { Console.standard.report("did you mean: \(suggestion)") }
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
