import ArgumentParser
import PassimEntities
import PassimIndex
import PassimOutput

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the actors, weapons and places the index names most, or those named with another.",
        discussion: """
            Counts are passages that name the entity (exact). With --with, only passages that also match the \
            filter count, and each entity comes with one passage that names both.

            Examples:
              passim entities --kind actor
              passim entities --kind weapon --with actor:kim-jong-un
              passim entities --with 'place:kursk drones' --limit 5
              passim entities --csv > entities.csv
              passim entities --pairs --kind actor,weapon
              passim entities --pairs --format graphml > graph.graphml

            --pairs lists entities named in the same passages (a co-occurrence edge list), most passages together \
            first; as a table (--csv, --tsv) or a graph for Gephi, networkx or Cytoscape (--format graphml|gexf). \
            Tables and graphs hold every entity or pair unless --limit is given.
            """
    )

    @OptionGroup var location: IndexOption
    @OptionGroup var remote: SourcesOption

    @Option(help: ArgumentHelp("Only these kinds: actor, weapon or place, or several joined by commas.", valueName: "kinds"))
    var kind: EntityKinds?

    @Option(help: ArgumentHelp("Only passages matching this query (a filter such as actor:kim-jong-un, words, or both).",
                               valueName: "query"))
    var with: String?

    @Option(name: [.short, .long], help: "Show at most this many entities or pairs (default: 20; all in tables and graphs).")
    var limit: Int?

    @Flag(help: "Pairs of entities named in the same passages, with how many passages and articles name both.")
    var pairs = false

    @Option(help: ArgumentHelp("With --pairs: only pairs named together in at least this many passages.", valueName: "n"))
    var minPassages = 1

    @Option(help: ArgumentHelp("Output: text, json, csv, tsv, or with --pairs also graphml or gexf.", valueName: "format"))
    var format: EntitiesFormat?

    @Flag(help: "Print one JSON object per entity (NDJSON); the same as --format json.")
    var json = false

    @Flag(help: "A CSV table (entity, id, kind, passages, articles); the same as --format csv.")
    var csv = false

    @Flag(help: "A TSV table; the same as --format tsv.")
    var tsv = false

    @Option(help: ArgumentHelp("When to colour the output: auto, always or never.", valueName: "when"))
    var color: Terminal.ColorChoice = .auto

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        guard minPassages >= 1 else { throw ValidationError("--min-passages must be at least 1") }
        let chosen = [format != nil, json, csv, tsv].filter { $0 }.count
        guard chosen <= 1 else { throw ValidationError("choose one of --format, --json, --csv and --tsv") }
        if [.graphml, .gexf].contains(output), !pairs {
            throw ValidationError("--format \(output.rawValue) is a graph of pairs: add --pairs")
        }
        if pairs, output == .json { throw ValidationError("--pairs writes text, csv, tsv, graphml or gexf") }
    }

    /// The one output format the flags choose.
    var output: EntitiesFormat { format ?? (json ? .json : csv ? .csv : tsv ? .tsv : .text) }

    func run() throws {
        let searcher = try Searcher(sources: try location.sources(), timeout: remote.timeout.value,
                                    allowPartial: remote.allowPartial)
        if pairs || output == .csv || output == .tsv { return try runTables() }
        let kinds = kind?.kinds ?? []
        let limit = self.limit ?? 20
        let listings = kinds.count == 1
            ? try searcher.entities(kind: kinds[0], with: with, limit: limit)
            : Array(try (kinds.isEmpty ? [nil] : kinds.map(Optional.some)).flatMap { kind throws(PassimError) in
                try searcher.entities(kind: kind, with: with, limit: limit)
            }.sorted { $0.entity.count > $1.entity.count }.prefix(limit))
        let json = output == .json
        let out = OutputStream(fd: 1)
        defer { out.flush() }
        let style = Style(enabled: Terminal.useColor(color, fd: 1))
        let printer = HumanPrinter(style: style, width: Terminal.width(1))
        for listing in listings {
            let e = listing.entity
            if json {
                out.write(JSONPrinter().render(listing))
                continue
            }
            // The kind:id shown is the filter that finds the entity.
            out.write(style.title(TerminalText.escaped(e.name)) + "  " + style.dim("\(e.kind.rawValue):\(e.id) · \(plural(e.count, "passage"))") + "\n")
            if let hit = listing.example {
                out.write("    " + style.path(TerminalText.path(hit.path)) + ":" + style.line(String(hit.record.line)) + "\n")
                out.write(printer.snippetLines(hit.snippet).map { "    " + $0 + "\n" }.joined())
            }
        }
        if listings.isEmpty {
            Console.standard.report("no entities found")
            throw ExitCode(1)
        }
    }
}

extension EntityKind: ExpressibleByArgument {}

/// `--kind actor,weapon`.
struct EntityKinds: ExpressibleByArgument {
    var kinds: [EntityKind]

    init?(argument: String) {
        var kinds: [EntityKind] = []
        for part in argument.split(separator: ",") {
            guard let kind = EntityKind(rawValue: String(part).lowercased()) else { return nil }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        guard !kinds.isEmpty else { return nil }
        self.kinds = kinds
    }

    static var allValueStrings: [String] { EntityKind.allCases.map(\.rawValue) }
}

enum EntitiesFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, tsv, graphml, gexf
}
