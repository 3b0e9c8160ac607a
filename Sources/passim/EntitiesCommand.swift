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
            """
    )

    @OptionGroup var location: IndexOption
    @OptionGroup var remote: SourcesOption

    @Option(help: ArgumentHelp("Only this kind: actor, weapon or place.", valueName: "kind"))
    var kind: EntityKind?

    @Option(help: ArgumentHelp("Only passages matching this query (a filter such as actor:kim-jong-un, words, or both).",
                               valueName: "query"))
    var with: String?

    @Option(name: [.short, .long], help: "Show at most this many entities.")
    var limit = 20

    @Flag(help: "Print one JSON object per entity (NDJSON).")
    var json = false

    @Option(help: ArgumentHelp("When to colour the output: auto, always or never.", valueName: "when"))
    var color: Terminal.ColorChoice = .auto

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let searcher = try Searcher(sources: try location.sources(), timeout: remote.timeout.value,
                                    allowPartial: remote.allowPartial)
        let listings = try searcher.entities(kind: kind, with: with, limit: limit)
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
            out.write(style.title(e.name) + "  " + style.dim("\(e.kind.rawValue):\(e.id) · \(plural(e.count, "passage"))") + "\n")
            if let hit = listing.example {
                out.write("    " + style.path(hit.path) + ":" + style.line(String(hit.record.line)) + "\n")
                out.write(printer.snippetLines(hit.snippet).map { "    " + $0 + "\n" }.joined())
            }
        }
        if listings.isEmpty {
            OutputStream(fd: 2).write("no entities found\n")
            throw ExitCode(1)
        }
    }
}

extension EntityKind: ExpressibleByArgument {}
