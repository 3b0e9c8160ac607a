import Foundation
import Testing
@testable import passim

/// The fast path reads `passim search` arguments without ArgumentParser; these hold it to the
/// command's own definition (its --experimental-dump-help) and to what ArgumentParser makes of
/// the same arguments, so an option added to SearchCommand and not to the table fails here.
@Suite struct SearchFastPathTests {
    /// A value each kind of option takes, by the value name the command's help gives it.
    private static let samples = ["path": "/srv/news/.passim", "seconds": "2.5", "n": "2", "limit": "3",
                                  "offset": "4", "per-article": "1", "date": "2024-10"]

    @Test func theTableHasEveryOptionOfTheCommandAndNoOther() throws {
        var declared: [String: Bool] = [:]
        for argument in try Self.declaredOptions() {
            for name in argument.names { declared[name] = argument.takesValue }
        }
        var table: [String: Bool] = [:]
        for option in SearchFastPath.options {
            for name in option.names { table[name] = option.takesValue }
        }
        #expect(table == declared)
    }

    @Test func withNoOptionEveryPropertyIsTheCommandsDefault() throws {
        try expectAgreement(["missiles"])
        try expectAgreement(["north", "korean", "troops"])
    }

    @Test func eachOptionReadsAsArgumentParserReadsIt() throws {
        for argument in try Self.declaredOptions() {
            for name in argument.names {
                guard argument.takesValue else {
                    try expectAgreement(["drones", name])
                    continue
                }
                let value = try #require(argument.allValues.last ?? Self.samples[argument.valueName],
                                         "no sample value for <\(argument.valueName)>: add one to `samples`")
                try expectAgreement(["drones", name, value])
                if name.hasPrefix("--") { try expectAgreement(["drones", "\(name)=\(value)"]) }
            }
        }
    }

    @Test func optionsMixWithTheQueryAndIndexesAddUp() throws {
        let read = try expectAgreement(["oil", "--limit=3", "prices", "--index", "a", "--json", "--index", "b",
                                        "-C", "2", "--no-feedback", "--sort", "date", "--color=never"])
        #expect(read?.query == ["oil", "prices"])
        #expect(read?.location.index == ["a", "b"])
        try expectAgreement(["budget", "--files", "-0", "--since", "2024", "--until", "2024-06", "--dated"])
        try expectAgreement(["budget", "--articles", "--count", "--whole-index", "-i", "-n", "--feedback"])
    }

    /// Whatever is not plain and well-formed is ArgumentParser's, which parses or explains it.
    @Test func whatItDoesNotTakeIsLeftToArgumentParser() {
        let left: [[String]] = [
            [], ["--json"], ["oil", "-h"], ["oil", "--help"], ["oil", "--experimental-dump-help"],
            ["--", "-Iran"], ["oil", "-in"], ["oil", "-l3"], ["oil", "--bogus"], ["oil", "--json=yes"],
            ["oil", "--limit"], ["oil", "--limit", "abc"], ["oil", "--limit", "-3"], ["oil", "--limit", "0"],
            ["oil", "--limit", "3", "--limit", "4"], ["oil", "--feedback", "--no-feedback"],
            ["oil", "--count", "--json"], ["oil", "-0"], ["oil", "-B", "99"], ["oil", "--dated", "--undated"],
            ["oil", "--sort", "newest"], ["oil", "--color", "sometimes"], ["oil", "--timeout", "inf"], [" "],
        ]
        for arguments in left {
            #expect(SearchFastPath.parse(arguments) == nil, "\(arguments)")
        }
    }

    /// The fast path reads `arguments` as ArgumentParser does, or leaves them to it when it
    /// refuses them; returns what it read.
    @discardableResult
    private func expectAgreement(_ arguments: [String]) throws -> SearchCommand? {
        let fast = SearchFastPath.parse(arguments)
        guard let parsed = try? SearchCommand.parse(arguments) else {
            #expect(fast == nil, "\(arguments): ArgumentParser refuses them")
            return nil
        }
        let read = try #require(fast, "\(arguments) left to ArgumentParser")
        #expect(Self.described(read) == Self.described(parsed), "\(arguments)")
        return read
    }

    /// Every stored property, option groups included, as text.
    private static func described(_ command: SearchCommand) -> String {
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

    /// The options of `passim search`, from the command's --experimental-dump-help (help and version aside).
    private static func declaredOptions() throws -> [DeclaredOption] {
        var dump = ""
        do {
            _ = try Passim.parseAsRoot(["search", "--experimental-dump-help"])
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
