import PassimIndex
import PassimOutput
import PassimSupport

/// The fast-path tables of `search` and `timeline`: their options and defaults, in the order of
/// their --help. CommandFastPathTests fail when a table and its command's declarations part.
extension SearchCommand {
    typealias Path = CommandFastPath<SearchCommand>

    static let fastPath = Path(
        options: [
            Path.value(["--index"], repeats: true) { $0.location.index.append($1); return true },
            Path.value(["--timeout"]) { command, text in Path.seconds(text) { command.remote.timeout = $0 } },
            Path.flag(["--allow-partial"]) { $0.remote.allowPartial = true },
            Path.value(["-B"]) { command, text in Path.number(text) { command.context.before = $0 } },
            Path.value(["-A"]) { command, text in Path.number(text) { command.context.after = $0 } },
            Path.value(["-C"]) { command, text in Path.number(text) { command.context.around = $0 } },
            Path.flag(["-i", "--ignore-case"]) { $0.context.ignoreCase = true },
            Path.flag(["-n", "--line-number"]) { $0.context.lineNumber = true },
            Path.flag(["--articles"]) { $0.views.articles = true },
            Path.flag(["--csv"]) { $0.views.csv = true },
            Path.flag(["--tsv"]) { $0.views.tsv = true },
            Path.flag(["--whole-index"]) { $0.views.wholeIndex = true },
            Path.value(["-l", "--limit"]) { command, text in Path.number(text) { command.limit = $0 } },
            Path.value(["--offset"]) { command, text in Path.number(text) { command.offset = $0 } },
            Path.value(["--per-article"]) { command, text in Path.number(text) { command.perArticle = $0 } },
            Path.flag(["--count"]) { $0.count = true },
            Path.flag(["--files"]) { $0.files = true },
            Path.flag(["-0", "--null"]) { $0.null = true },
            Path.flag(["--json"]) { $0.json = true },
            Path.flag(["--vimgrep"]) { $0.vimgrep = true },
            Path.flag(["--no-pager"]) { $0.noPager = true },
            Path.flag(["--explain"]) { $0.explain = true },
            Path.flag(["--facets"]) { $0.facets = true },
            Path.value(["--since"]) { $0.since = $1; return true },
            Path.value(["--until"]) { $0.until = $1; return true },
            Path.value(["--sort"]) { command, text in
                guard let order = SearchOrder(rawValue: text) else { return false }
                command.sort = order
                return true
            },
            Path.flag(["--dated"]) { $0.datedFilter.dated = true },
            Path.flag(["--undated"]) { $0.datedFilter.undated = true },
            // Giving both is ArgumentParser's to settle.
            Path.Option(names: ["--feedback"], takesValue: false) { command, _ in Path.settle(&command.feedback, true) },
            Path.Option(names: ["--no-feedback"], takesValue: false) { command, _ in Path.settle(&command.feedback, false) },
            Path.value(["--color"]) { command, text in
                guard let choice = Terminal.ColorChoice(rawValue: text) else { return false }
                command.color = choice
                return true
            },
        ],
        defaults: {
            var command = SearchCommand()
            command.query = []
            (command.location, command.remote) = (.fastPathDefault, .fastPathDefault)
            command.context = ContextOptions()
            (command.context.before, command.context.after, command.context.around) = (nil, nil, nil)
            (command.context.ignoreCase, command.context.lineNumber) = (false, false)
            command.views = ViewOptions()
            (command.views.articles, command.views.csv, command.views.tsv, command.views.wholeIndex) = (false, false, false, false)
            (command.limit, command.offset, command.perArticle) = (nil, 0, Tuning.passagesPerArticle)
            (command.count, command.files, command.null, command.json, command.vimgrep) = (false, false, false, false, false)
            (command.noPager, command.explain, command.facets) = (false, false, false)
            (command.since, command.until, command.sort) = (nil, nil, .relevance)
            command.datedFilter = .fastPathDefault
            (command.feedback, command.color) = (nil, .auto)
            return command
        },
        positionals: { $0.query = $1 },
        isValid: { command in
            var command = command  // ParsableArguments may validate by mutating
            return Path.passes {
                try command.validate()
                try command.location.validate()
                try command.remote.validate()
                try command.context.validate()
                try command.views.validate()
                try command.datedFilter.validate()
            }
        }
    )
}

extension TimelineCommand {
    typealias Path = CommandFastPath<TimelineCommand>

    static let fastPath = Path(
        options: [
            Path.value(["--index"], repeats: true) { $0.location.index.append($1); return true },
            Path.value(["--timeout"]) { command, text in Path.seconds(text) { command.remote.timeout = $0 } },
            Path.flag(["--allow-partial"]) { $0.remote.allowPartial = true },
            Path.value(["--by"]) { command, text in
                guard let unit = TimelineUnit(rawValue: text) else { return false }
                command.by = unit
                return true
            },
            Path.value(["--since"]) { $0.since = $1; return true },
            Path.value(["--until"]) { $0.until = $1; return true },
            Path.flag(["--dated"]) { $0.datedFilter.dated = true },
            Path.flag(["--undated"]) { $0.datedFilter.undated = true },
            Path.flag(["--json"]) { $0.json = true },
            Path.flag(["--csv"]) { $0.csv = true },
        ],
        defaults: {
            var command = TimelineCommand()
            command.queries = []
            (command.location, command.remote) = (.fastPathDefault, .fastPathDefault)
            (command.by, command.since, command.until) = (nil, nil, nil)
            command.datedFilter = .fastPathDefault
            (command.json, command.csv) = (false, false)
            return command
        },
        positionals: { $0.queries = $1 },
        isValid: { command in
            var command = command
            return Path.passes {
                try command.validate()
                try command.location.validate()
                try command.remote.validate()
                try command.datedFilter.validate()
            }
        }
    )
}

// The option groups both commands share, as declared with no option given.

extension IndexOption {
    static var fastPathDefault: IndexOption {
        var option = IndexOption()
        option.index = []
        return option
    }
}

extension SourcesOption {
    static var fastPathDefault: SourcesOption {
        var option = SourcesOption()
        (option.timeout, option.allowPartial) = (Seconds(Tuning.remoteTimeout), false)
        return option
    }
}

extension DatedFilterOptions {
    static var fastPathDefault: DatedFilterOptions {
        var option = DatedFilterOptions()
        (option.dated, option.undated) = (false, false)
        return option
    }
}
