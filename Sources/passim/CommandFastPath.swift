import ArgumentParser

/// A command read without swift-argument-parser's reflection, which costs more than searching a
/// small index: `passim search` and `passim timeline`, which scripts run in loops. It reads only
/// well-formed arguments it knows; for anything else (help, completions, `--`, an unknown option, a
/// bad value, a usage error) it returns nil and ArgumentParser parses and explains as ever, so
/// messages never differ. Each command's table is held to the command's own definition by a test
/// (CommandFastPathTests), and every result to what ArgumentParser makes of the same arguments.
struct CommandFastPath<Command: ParsableCommand>: Sendable {
    /// One option as typed: its names, whether a value follows, whether it may be given again,
    /// and how it sets the command (false when the value is not one it takes).
    struct Option: Sendable {
        let names: [String]
        let takesValue: Bool
        var repeats = false
        let set: @Sendable (inout Command, String) -> Bool
    }

    let options: [Option]
    /// Every property set as the command declares it when no option is given. A property left
    /// out would still be an ArgumentParser definition, which traps when read.
    let defaults: @Sendable () -> Command
    /// Sets the positional arguments (never empty).
    let positionals: @Sendable (inout Command, [String]) -> Void
    /// The checks ArgumentParser runs after parsing; a failure is left to it to report.
    let isValid: @Sendable (Command) -> Bool

    /// The command `arguments` (those after the command's name) ask for, or nil to let
    /// ArgumentParser read them.
    func parse(_ arguments: some Sequence<String>) -> Command? {
        var command = defaults()
        var plain: [String] = [], seen: Set<String> = []
        var pending = arguments.makeIterator()
        while let argument = pending.next() {
            guard argument.utf8.first == UInt8(ascii: "-") else {
                plain.append(argument)
                continue
            }
            let (name, attached) = Self.split(argument)
            guard let option = options.first(where: { $0.names.contains(name) }) else { return nil }
            // A second --limit, or --feedback then --no-feedback: ArgumentParser's rules decide.
            guard seen.insert(option.names[0]).inserted || option.repeats else { return nil }
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
        guard !plain.isEmpty else { return nil }
        positionals(&command, plain)
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

    // MARK: building tables

    static func value(_ names: [String], repeats: Bool = false,
                      _ set: @escaping @Sendable (inout Command, String) -> Bool) -> Option {
        Option(names: names, takesValue: true, repeats: repeats, set: set)
    }

    static func flag(_ names: [String], _ set: @escaping @Sendable (inout Command) -> Void) -> Option {
        Option(names: names, takesValue: false) { command, _ in set(&command); return true }
    }

    /// Sets a flag with an inversion once; false when it is already set.
    static func settle(_ flag: inout Bool?, _ value: Bool) -> Bool {
        guard flag == nil else { return false }
        flag = value
        return true
    }

    /// A whole number as ArgumentParser reads one.
    static func number(_ text: String, _ set: (Int) -> Void) -> Bool {
        guard let n = Int(text) else { return false }
        set(n)
        return true
    }

    /// True when ArgumentParser's checks after parsing (`validate()` of the command and its
    /// groups) all pass; a failure is left to it to report.
    static func passes(_ checks: () throws -> Void) -> Bool {
        do {
            try checks()
            return true
        } catch {
            return false
        }
    }

    /// `--timeout` as ArgumentParser reads it.
    static func seconds(_ text: String, _ set: (Seconds) -> Void) -> Bool {
        guard let seconds = Seconds(argument: text) else { return false }
        set(seconds)
        return true
    }
}
