import ArgumentParser
import Foundation
import Testing
@testable import passim

/// The fast path reads `passim search` and `passim timeline` arguments without ArgumentParser;
/// these hold each table to its command's own definition (its --experimental-dump-help) and to
/// what ArgumentParser makes of the same arguments, so an option added to a command and not to its
/// table fails here.
@Suite struct CommandFastPathTests {
    /// A value each kind of option takes, by the value name the command's help gives it.
    private static let samples = ["path": "/srv/news/.passim", "seconds": "2.5", "n": "2", "limit": "3",
                                  "offset": "4", "per-article": "1", "date": "2024-10", "unit": "week"]

    // MARK: search

    @Test func theSearchTableHasEveryOptionOfTheCommandAndNoOther() throws {
        try expectSameOptions(SearchCommand.fastPath, as: "search")
    }

    @Test func withNoOptionEverySearchPropertyIsTheCommandsDefault() throws {
        try expectAgreement(SearchCommand.fastPath, ["missiles"])
        try expectAgreement(SearchCommand.fastPath, ["north", "korean", "troops"])
    }

    @Test func eachSearchOptionReadsAsArgumentParserReadsIt() throws {
        try expectEachOptionAgrees(SearchCommand.fastPath, as: "search", query: "drones")
    }

    @Test func searchOptionsMixWithTheQueryAndIndexesAddUp() throws {
        let path = SearchCommand.fastPath
        let read = try expectAgreement(path, ["oil", "--limit=3", "prices", "--index", "a", "--json", "--index", "b",
                                              "-C", "2", "--no-feedback", "--sort", "date", "--color=never"])
        #expect(read?.query == ["oil", "prices"])
        #expect(read?.location.index == ["a", "b"])
        try expectAgreement(path, ["budget", "--files", "-0", "--since", "2024", "--until", "2024-06", "--dated"])
        try expectAgreement(path, ["budget", "--articles", "--count", "--whole-index", "-i", "-n", "--feedback"])
    }

    /// Whatever is not plain and well-formed is ArgumentParser's, which parses or explains it.
    @Test func whatSearchDoesNotTakeIsLeftToArgumentParser() {
        let left: [[String]] = [
            [], ["--json"], ["oil", "-h"], ["oil", "--help"], ["oil", "--experimental-dump-help"],
            ["--", "-Iran"], ["oil", "-in"], ["oil", "-l3"], ["oil", "--bogus"], ["oil", "--json=yes"],
            ["oil", "--limit"], ["oil", "--limit", "abc"], ["oil", "--limit", "-3"], ["oil", "--limit", "0"],
            ["oil", "--limit", "3", "--limit", "4"], ["oil", "--feedback", "--no-feedback"],
            ["oil", "--count", "--json"], ["oil", "-0"], ["oil", "-B", "99"], ["oil", "--dated", "--undated"],
            ["oil", "--sort", "newest"], ["oil", "--color", "sometimes"], ["oil", "--timeout", "inf"], [" "],
        ]
        for arguments in left {
            #expect(SearchCommand.fastPath.parse(arguments) == nil, "\(arguments)")
        }
    }

    // MARK: timeline

    @Test func theTimelineTableHasEveryOptionOfTheCommandAndNoOther() throws {
        try expectSameOptions(TimelineCommand.fastPath, as: "timeline")
    }

    @Test func eachTimelineOptionReadsAsArgumentParserReadsIt() throws {
        try expectAgreement(TimelineCommand.fastPath, ["drones"])
        try expectEachOptionAgrees(TimelineCommand.fastPath, as: "timeline", query: "drones")
    }

    /// Each argument is one query, and the options mix with them.
    @Test func timelineQueriesAndOptionsMix() throws {
        let read = try expectAgreement(TimelineCommand.fastPath,
                                       ["weapon:himars", "--by=month", "weapon:atacms", "--index", "a", "--index", "b",
                                        "--since", "2024", "--csv", "--dated"])
        #expect(read?.queries == ["weapon:himars", "weapon:atacms"])
        #expect(read?.location.index == ["a", "b"])
    }

    @Test func whatTimelineDoesNotTakeIsLeftToArgumentParser() {
        let left: [[String]] = [
            [], ["--json"], ["oil", "--help"], ["oil", "--by", "fortnight"], ["oil", "--by"], ["oil", "--json", "--csv"],
            ["oil", "--by", "day", "--by", "week"], ["oil", "--dated", "--undated"], ["oil", "--limit", "3"],
            ["oil", " "], ["--", "-Iran"], ["oil", "--timeout", "inf"],
        ]
        for arguments in left {
            #expect(TimelineCommand.fastPath.parse(arguments) == nil, "\(arguments)")
        }
    }

    // MARK: helpers

    private func expectSameOptions<Command: ParsableCommand>(_ path: CommandFastPath<Command>, as name: String) throws {
        var declared: [String: Bool] = [:]
        for argument in try Self.declaredOptions(of: name) {
            for name in argument.names { declared[name] = argument.takesValue }
        }
        var table: [String: Bool] = [:]
        for option in path.options {
            for name in option.names { table[name] = option.takesValue }
        }
        #expect(table == declared, "\(name)")
    }

    private func expectEachOptionAgrees<Command: ParsableCommand>(_ path: CommandFastPath<Command>, as name: String,
                                                                  query: String) throws {
        for argument in try Self.declaredOptions(of: name) {
            for name in argument.names {
                guard argument.takesValue else {
                    try expectAgreement(path, [query, name])
                    continue
                }
                let value = try #require(argument.allValues.last ?? Self.samples[argument.valueName],
                                         "no sample value for <\(argument.valueName)>: add one to `samples`")
                try expectAgreement(path, [query, name, value])
                if name.hasPrefix("--") { try expectAgreement(path, [query, "\(name)=\(value)"]) }
            }
        }
    }

    /// The fast path reads `arguments` as ArgumentParser does, or leaves them to it when it
    /// refuses them; returns what it read.
    @discardableResult
    private func expectAgreement<Command: ParsableCommand>(_ path: CommandFastPath<Command>,
                                                           _ arguments: [String]) throws -> Command? {
        let fast = path.parse(arguments)
        guard let parsed = try? Command.parse(arguments) else {
            #expect(fast == nil, "\(arguments): ArgumentParser refuses them")
            return nil
        }
        let read = try #require(fast, "\(arguments) left to ArgumentParser")
        #expect(Self.described(read) == Self.described(parsed), "\(arguments)")
        return read
    }

    /// Every stored property, option groups included, as text.
    private static func described(_ command: some ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    private struct DeclaredOption {
        let names: [String]
        let takesValue: Bool
        let valueName: String
        let allValues: [String]
    }

    /// The options of `passim COMMAND`, from its --experimental-dump-help (help and version aside).
    private static func declaredOptions(of commandName: String) throws -> [DeclaredOption] {
        var dump = ""
        do {
            _ = try Passim.parseAsRoot([commandName, "--experimental-dump-help"])
        } catch {
            dump = Passim.fullMessage(for: error)
        }
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let command = try #require(tool["command"] as? [String: Any])
        let arguments = try #require(command["arguments"] as? [[String: Any]])
        return arguments.compactMap { argument -> DeclaredOption? in
            guard let kind = argument["kind"] as? String, kind != "positional" else { return nil }
            let names = (argument["names"] as? [[String: String]] ?? []).compactMap { name -> String? in
                guard let text = name["name"] else { return nil }
                return (name["kind"] == "long" ? "--" : "-") + text
            }
            // ArgumentParser's own, which the fast path leaves to it.
            guard !names.contains("--help"), !names.contains("--version") else { return nil }
            return DeclaredOption(names: names, takesValue: kind == "option",
                                  valueName: argument["valueName"] as? String ?? "",
                                  allValues: argument["allValues"] as? [String] ?? [])
        }
    }
}
