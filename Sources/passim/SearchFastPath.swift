import PassimIndex
import PassimOutput
import PassimSupport

/// `passim search QUERY [options]`, the command run most, read without swift-argument-parser's
/// reflection, which costs more than searching a small index. It reads only well-formed arguments
/// it knows; for anything else (help, completions, `--`, an unknown option, a bad value, a usage
/// error) it returns nil and ArgumentParser parses and explains as ever, so messages never differ.
/// The options are SearchCommand's: SearchFastPathTests hold this table to the command's own
/// definition, and every result to what ArgumentParser makes of the same arguments.
enum SearchFastPath {
    /// One option as typed: its names, whether a value follows, and how it sets the command
    /// (false when the value is not one it takes).
    struct Option: Sendable {
        let names: [String]
        let takesValue: Bool
        let set: @Sendable (inout SearchCommand, String) -> Bool
    }

    /// The search command `arguments` (those after `search`) ask for, or nil to let
    /// ArgumentParser read them.
    static func parse(_ arguments: some Sequence<String>) -> SearchCommand? {
        var command = defaults()
        var query: [String] = [], seen: Set<String> = []
        var pending = arguments.makeIterator()
        while let argument = pending.next() {
            guard argument.utf8.first == UInt8(ascii: "-") else {
                query.append(argument)
                continue
            }
            let (name, attached) = split(argument)
            guard let option = options.first(where: { $0.names.contains(name) }) else { return nil }
            // A second --limit, or --feedback then --no-feedback: ArgumentParser's rules decide.
            guard seen.insert(option.names[0]).inserted || option.names[0] == "--index" else { return nil }
            let value: String
            if option.takesValue {
                guard let given = attached ?? pending.next(), given.utf8.first != UInt8(ascii: "-") else { return nil }
                value = given
            } else {
                guard attached == nil else { return nil }
                value = ""
            }
            guard option.set(&command, value) else { return nil }
        }
        guard !query.isEmpty else { return nil }
        command.query = query
        return isValid(command) ? command : nil
    }

    /// `--name=value` is `--name` and `value`; a short option takes its value apart.
    private static func split(_ argument: String) -> (name: String, value: String?) {
        let bytes = argument.utf8
        guard bytes.starts(with: "--".utf8), let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else {
            return (argument, nil)
        }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// The checks ArgumentParser runs after parsing; a failure is left to it to report.
    private static func isValid(_ command: SearchCommand) -> Bool {
        var command = command  // ParsableArguments may validate by mutating
        do {
            try command.validate()
            try command.location.validate()
            try command.remote.validate()
            try command.context.validate()
            try command.views.validate()
            try command.datedFilter.validate()
            return true
        } catch {
            return false
        }
    }
}
