import PassimIndex
import PassimOutput
import PassimSupport

/// SearchCommand's options and defaults for the fast path, in the order of its --help.
/// SearchFastPathTests fail when these and the command's declarations part.
extension SearchFastPath {
    static let options: [Option] = [
        value(["--index"]) { $0.location.index.append($1); return true },
        value(["--timeout"]) { command, text in
            guard let seconds = Seconds(argument: text) else { return false }
            command.remote.timeout = seconds
            return true
        },
        flag(["--allow-partial"]) { $0.remote.allowPartial = true },
        value(["-B"]) { command, text in number(text) { command.context.before = $0 } },
        value(["-A"]) { command, text in number(text) { command.context.after = $0 } },
        value(["-C"]) { command, text in number(text) { command.context.around = $0 } },
        flag(["-i", "--ignore-case"]) { $0.context.ignoreCase = true },
        flag(["-n", "--line-number"]) { $0.context.lineNumber = true },
        flag(["--articles"]) { $0.views.articles = true },
        flag(["--csv"]) { $0.views.csv = true },
        flag(["--tsv"]) { $0.views.tsv = true },
        flag(["--whole-index"]) { $0.views.wholeIndex = true },
        value(["-l", "--limit"]) { command, text in number(text) { command.limit = $0 } },
        value(["--offset"]) { command, text in number(text) { command.offset = $0 } },
        value(["--per-article"]) { command, text in number(text) { command.perArticle = $0 } },
        flag(["--count"]) { $0.count = true },
        flag(["--files"]) { $0.files = true },
        flag(["-0", "--null"]) { $0.null = true },
        flag(["--json"]) { $0.json = true },
        flag(["--vimgrep"]) { $0.vimgrep = true },
        flag(["--no-pager"]) { $0.noPager = true },
        flag(["--explain"]) { $0.explain = true },
        flag(["--facets"]) { $0.facets = true },
        value(["--since"]) { $0.since = $1; return true },
        value(["--until"]) { $0.until = $1; return true },
        value(["--sort"]) { command, text in
            guard let order = SearchOrder(rawValue: text) else { return false }
            command.sort = order
            return true
        },
        flag(["--dated"]) { $0.datedFilter.dated = true },
        flag(["--undated"]) { $0.datedFilter.undated = true },
        // Giving both is ArgumentParser's to settle.
        Option(names: ["--feedback"], takesValue: false) { command, _ in settle(&command.feedback, true) },
        Option(names: ["--no-feedback"], takesValue: false) { command, _ in settle(&command.feedback, false) },
        value(["--color"]) { command, text in
            guard let choice = Terminal.ColorChoice(rawValue: text) else { return false }
            command.color = choice
            return true
        },
    ]

    /// Every property set as SearchCommand declares it when no option is given. A property left
    /// out would still be an ArgumentParser definition, which traps when read.
    static func defaults() -> SearchCommand {
        var command = SearchCommand()
        command.query = []
        command.location = IndexOption()
        command.location.index = []
        command.remote = SourcesOption()
        (command.remote.timeout, command.remote.allowPartial) = (Seconds(Tuning.remoteTimeout), false)
        command.context = ContextOptions()
        (command.context.before, command.context.after, command.context.around) = (nil, nil, nil)
        (command.context.ignoreCase, command.context.lineNumber) = (false, false)
        command.views = ViewOptions()
        (command.views.articles, command.views.csv, command.views.tsv, command.views.wholeIndex) = (false, false, false, false)
        (command.limit, command.offset, command.perArticle) = (nil, 0, Tuning.passagesPerArticle)
        (command.count, command.files, command.null, command.json, command.vimgrep) = (false, false, false, false, false)
        (command.noPager, command.explain, command.facets) = (false, false, false)
        (command.since, command.until, command.sort) = (nil, nil, .relevance)
        command.datedFilter = DatedFilterOptions()
        (command.datedFilter.dated, command.datedFilter.undated) = (false, false)
        (command.feedback, command.color) = (nil, .auto)
        return command
    }

    private static func value(_ names: [String], _ set: @escaping @Sendable (inout SearchCommand, String) -> Bool) -> Option {
        Option(names: names, takesValue: true, set: set)
    }

    private static func flag(_ names: [String], _ set: @escaping @Sendable (inout SearchCommand) -> Void) -> Option {
        Option(names: names, takesValue: false) { command, _ in set(&command); return true }
    }

    /// Sets a flag with an inversion once; false when it is already set.
    private static func settle(_ flag: inout Bool?, _ value: Bool) -> Bool {
        guard flag == nil else { return false }
        flag = value
        return true
    }

    /// A whole number as ArgumentParser reads one.
    private static func number(_ text: String, _ set: (Int) -> Void) -> Bool {
        guard let n = Int(text) else { return false }
        set(n)
        return true
    }
}
