import ArgumentParser
import PassimIndex
import PassimOutput

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Count the matching articles and passages per day, week, month or year.",
        discussion: """
            Each argument is one query (quote a query of several words); several are
            counted side by side. Bars show articles per period; every period from the
            first to the last is shown, empty ones too. Without --by, the unit is the
            finest that needs at most \(TimelinePeriods.maxPeriods) periods. Articles that state no date
            (dated by their file's time) are counted apart, never charted.

            Examples:
              passim timeline '"chemical weapons"' --by month
              passim timeline 'actor:prigozhin'
              passim timeline 'weapon:himars' 'weapon:atacms' --csv
              passim timeline drones --since 2024 --json | jq -c 'select(.articles > 5)'
            """
    )

    @Argument(help: "One or more queries, each one argument.")
    var queries: [String]

    @OptionGroup var location: IndexOption
    @OptionGroup var remote: SourcesOption

    @Option(help: ArgumentHelp("The period: day, week (ISO), month or year (default: the finest that fits).", valueName: "unit"))
    var by: TimelineUnit?

    @Option(help: ArgumentHelp("Only articles dated on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD, or 30d, 6w, 3m, 1y).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only articles dated on or before DATE.", valueName: "date"))
    var until: String?

    @OptionGroup var datedFilter: DatedFilterOptions

    @Flag(help: "Print one JSON object per period (NDJSON): period, articles, passages, and the query when several.")
    var json = false

    @Flag(help: "Print CSV: period,articles,passages (query first when several).")
    var csv = false

    func validate() throws {
        guard !queries.isEmpty, queries.allSatisfy({ !$0.trimmingCharacters(in: " \t\n").isEmpty }) else {
            throw ValidationError("a query is empty; give some words to count")
        }
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        let dates = try DateRange.since(since, until: until, stated: datedFilter.stated)
        let searcher = try Searcher(sources: try location.sources(), timeout: remote.timeout.value,
                                    allowPartial: remote.allowPartial)
        let counts = try queries.map { query throws(PassimError) in try searcher.dayCounts(query, dates: dates) }
        let periods = TimelinePeriods(spanning: counts.flatMap { Array($0.days.keys) }, requested: by)
        if let by, periods.unit != by {
            Console.standard.note("too many \(by.rawValue)s to show; counting by \(periods.unit.rawValue) instead")
        }
        let series = zip(queries, counts).map { query, count in
            TimelineSeries(query: query, periods: periods.totals(count), undated: count.undated, total: count.total)
        }
        let printer = TimelinePrinter(labels: periods.labels, series: series)
        let out = OutputStream(fd: 1)
        defer { out.flush() }
        out.write(json ? printer.json() : csv ? printer.csv() : printer.chart(width: Terminal.width(1) ?? 80))
        if counts.allSatisfy({ $0.total.articles == 0 }) {
            out.flush()
            Console.standard.report("no passages found")
            throw ExitCode(1)
        }
    }
}

extension TimelineUnit: ExpressibleByArgument {}
