// Writes passim's manual page (man/passim.1) from its command definitions:
// the JSON that `passim --experimental-dump-help` prints, which
// swift-argument-parser makes from the same types as --help. Run by
// scripts/generate-shell-files; a test checks that the committed page is
// what this prints, so it never goes stale.
//
//   passim-manual .build/debug/passim > man/passim.1
//
// The argument parser's own generate-manual plugin makes a page too, but
// only through `swift package`, which cannot run inside `swift test`; and it
// drops non-ASCII characters from the help texts.
import Foundation

/// The parts of swift-argument-parser's ToolInfoV0 the page uses.
struct ToolInfo: Decodable {
    var command: CommandInfo
}

struct CommandInfo: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?
}

struct ArgumentInfo: Decodable {
    enum Kind: String, Decodable { case positional, option, flag }
    struct Name: Decodable {
        var kind: String
        var name: String
    }
    var kind: Kind
    var shouldDisplay: Bool?
    var isOptional: Bool?
    var isRepeating: Bool?
    var names: [Name]?
    var valueName: String?
    var defaultValue: String?
    var abstract: String?
    var discussion: String?
}

@main
struct PassimManual {
    static func main() throws {
        guard CommandLine.arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: passim-manual PATH-TO-PASSIM > man/passim.1\n".utf8))
            exit(2)
        }
        let binary = CommandLine.arguments[1]
        let tool = try JSONDecoder().decode(ToolInfo.self, from: try output(of: binary, ["--experimental-dump-help"]))
        // "passim 0.1.0 (Xapian …)": the Xapian part depends on the machine, not on passim.
        let version = String(decoding: try output(of: binary, ["--version"]), as: UTF8.self)
            .split(separator: " ").prefix(2).joined(separator: " ")
        FileHandle.standardOutput.write(Data(Page(tool.command, version: version).text.utf8))
    }

    static func output(of binary: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "passim-manual", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "\(binary) \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)"])
        }
        return data
    }
}

/// The page, in man(7) macros.
struct Page {
    private(set) var text = ""

    init(_ root: CommandInfo, version: String) {
        let name = root.commandName
        line(#".\" Made from passim's command definitions by passim-manual (scripts/generate-shell-files); do not edit."#)
        line(".TH \(name.uppercased()) 1 \"\" \"\(version)\" \"User Commands\"")
        // Paths and options read better unbroken and unstretched.
        line(".nh")
        line(".ad l")
        line(".SH NAME")
        line("\(name) \\- " + Self.escaped(Self.sentence(root.abstract ?? "")))
        line(".SH SYNOPSIS")
        line(".B \(name)")
        line(".I command")
        line(".RI [ options ]")
        line(".SH DESCRIPTION")
        discussion(root.discussion ?? "")
        line(".SH COMMANDS")
        // The parser's own `help` command says what --help says.
        for command in root.subcommands ?? [] where command.shouldDisplay ?? true && command.commandName != "help" {
            subcommand(command, path: [name])
        }
        line(".SH OPTIONS")
        options(root.arguments ?? [], includingHelp: true)
        line(Self.fixedSections)
    }

    private mutating func line(_ s: String) { text += s + "\n" }

    private mutating func subcommand(_ command: CommandInfo, path: [String]) {
        let words = path + [command.commandName]
        let arguments = (command.arguments ?? []).filter { $0.shouldDisplay ?? true && !Self.isHelpOrVersion($0) }
        line(".SS \"\(Self.escaped(words.joined(separator: " ")))\"")
        var synopsis = words.map { "\\fB\(Self.escaped($0))\\fR" }
        if arguments.contains(where: { $0.kind != .positional }) { synopsis.append("[\\fIoptions\\fR]") }
        for argument in arguments where argument.kind == .positional {
            var word = "\\fI\(Self.escaped(argument.valueName ?? "value"))\\fR" + (argument.isRepeating == true ? "..." : "")
            if argument.isOptional == true { word = "[" + word + "]" }
            synopsis.append(word)
        }
        line(synopsis.joined(separator: " "))
        line(".PP")
        line(Self.escaped(command.abstract ?? ""))
        if let more = command.discussion, !more.isEmpty {
            line(".PP")
            discussion(more)
        }
        options(arguments, includingHelp: false)
        for child in command.subcommands ?? [] where child.shouldDisplay ?? true {
            subcommand(child, path: words)
        }
    }

    private mutating func options(_ arguments: [ArgumentInfo], includingHelp: Bool) {
        let shown = arguments.filter { $0.shouldDisplay ?? true && (includingHelp || !Self.isHelpOrVersion($0)) }
        for (index, argument) in shown.enumerated() {
            // A flag and its inversion (--feedback, --no-feedback) share their help: one entry.
            if index > 0, Self.isInversion(shown[index - 1], argument) { continue }
            line(".TP")
            if index + 1 < shown.count, Self.isInversion(argument, shown[index + 1]) {
                line(Self.heading(argument) + ", " + Self.heading(shown[index + 1]))
            } else {
                line(Self.heading(argument))
            }
            var help = argument.abstract ?? ""
            if let value = argument.defaultValue, !value.isEmpty, argument.kind == .option, !help.contains("default") {
                help += " (default: \(value))"
            }
            line(Self.escaped(help))
            if let more = argument.discussion, !more.isEmpty {
                line(".IP")
                line(Self.escaped(more))
            }
        }
    }

    /// Paragraphs, with runs of indented lines (examples, tables) kept as they are.
    private mutating func discussion(_ text: String) {
        var block: [Substring] = []
        func flush(_ page: inout Page) {
            guard !block.isEmpty else { return }
            let indent = block.map { $0.prefix { $0 == " " }.count }.min() ?? 0
            page.line(".RS 2")
            page.line(".nf")
            for row in block { page.line(Self.escaped(String(row.dropFirst(indent)))) }
            page.line(".fi")
            page.line(".RE")
            block = []
        }
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if row.hasPrefix(" ") {
                block.append(row)
                continue
            }
            flush(&self)
            if row.isEmpty {
                line(".PP")
            } else {
                line(Self.escaped(String(row)))
                // A lead-in line ("Examples:") stays a line of its own.
                if row.hasSuffix(":") { line(".br") }
            }
        }
        flush(&self)
    }

    private static func heading(_ argument: ArgumentInfo) -> String {
        let value = "\\fI\(escaped(argument.valueName ?? "value"))\\fR"
        guard argument.kind != .positional else { return value + (argument.isRepeating == true ? "..." : "") }
        let names = (argument.names ?? []).map { name in
            "\\fB" + (name.kind == "long" ? "\\-\\-" : "\\-") + escaped(name.name) + "\\fR"
        }.joined(separator: ", ")
        return argument.kind == .option ? names + " " + value : names
    }

    private static func isInversion(_ a: ArgumentInfo, _ b: ArgumentInfo) -> Bool {
        a.kind == .flag && b.kind == .flag && a.abstract == b.abstract
            && (b.names ?? []).contains { name in (a.names ?? []).contains { "no-" + $0.name == name.name } }
    }

    private static func isHelpOrVersion(_ argument: ArgumentInfo) -> Bool {
        argument.kind == .flag && (argument.names ?? []).contains { $0.kind == "long" && ($0.name == "help" || $0.name == "version") }
    }

    /// "Full-text search … passage by passage." → "full-text search … passage by passage"
    private static func sentence(_ abstract: String) -> String {
        var s = abstract.hasSuffix(".") ? String(abstract.dropLast()) : abstract
        if let first = s.first, first.isUppercase, s.dropFirst().first?.isLowercase == true {
            s = first.lowercased() + s.dropFirst()
        }
        return s
    }

    /// Text safe for troff: backslashes, control lines, and the characters
    /// that must print as typed to be pasted into a shell (- ' ` ~ ^).
    static func escaped(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            case "'": out += "\\(aq"
            case "`": out += "\\(ga"
            case "~": out += "\\(ti"
            case "^": out += "\\(ha"
            default: out.append(c)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("\\(aq") { out = "\\&" + out }
        return out
    }

    /// What no command defines: the environment, the files, the exit status.
    static let fixedSections = #"""
        .SH ENVIRONMENT
        .TP
        .B PASSIM_INDEX
        The index to search when \fB\-\-index\fR is not given.
        .TP
        .B PASSIM_DATA
        A folder with \fIgazetteer/*.tsv\fR and \fItagger/conll2003.weights\fR, used instead of the installed entity data.
        .TP
        .B PAGER
        The pager for long output of \fBpassim search\fR on a terminal (default: \fBless \-FRX\fR); empty or \fBcat\fR for none.
        .TP
        .B NO_COLOR
        When set and not empty, no colours.
        .SH FILES
        .TP
        .I FOLDER/.passim/
        The index of \fIFOLDER\fR, made by \fBpassim index\fR.
        .TP
        .I PREFIX/share/passim/
        The gazetteer and the name tagger's weights, found beside the installed \fIPREFIX/bin/passim\fR.
        .SH EXIT STATUS
        0 when something was found (or the command did its work), 1 when nothing was found (or \fBpassim check\fR
        found the index behind its folder), 2 on an error, 130 when stopped by Ctrl\-C.
        .SH SEE ALSO
        .BR less (1)
        .PP
        Xapian's query syntax: https://xapian.org/docs/queryparser.html
        """#
}
