import ArgumentParser
import PassimEntities
import PassimIndex
import PassimOutput
import PassimSupport

/// `passim entities` as tables and graphs: one pass over the passages counts
/// entities and pairs (passages and distinct articles); the rows then stream out.
extension EntitiesCommand {
    func runTables() throws {
        let indexPath = try location.resolve()
        let opened = try IndexHandle(try IndexSource(indexPath), timeoutMilliseconds: UInt32(remote.timeout.milliseconds))
        let counted = try EntityCooccurrence.count(in: opened.database, index: indexPath, query: with,
                                                   kinds: Set(kind?.kinds ?? []), pairs: pairs)
        let out = OutputStream(fd: 1)
        defer { out.flush() }
        let nodes = counted.nodes
        if pairs {
            var edges = counted.edges(minimum: minPassages)
            if let limit = limit ?? (output == .text ? 20 : nil) { edges = Array(edges.prefix(limit)) }
            try write(edges: edges, nodes: nodes, to: out)
            if edges.isEmpty { throw ExitCode(1) }
            return
        }
        let shown = limit.map { Array(nodes.prefix($0)) } ?? nodes
        let table = TableWriter(output == .tsv ? .tsv : .csv)
        out.write(table.row(["entity", "id", "kind", "passages", "articles"]))
        for (node, passages, articles) in shown {
            out.write(table.row([node.name, node.id, node.kind.rawValue, String(passages), String(articles)]))
        }
        if shown.isEmpty {
            Console.standard.report("no entities found")
            throw ExitCode(1)
        }
    }

    private func write(edges: [EntityEdge], nodes: [(node: EntityNode, passages: Int, articles: Int)],
                       to out: OutputStream) throws {
        switch output {
        case .graphml: GraphWriter.write(.graphml, nodes: nodes, edges: edges, to: out.write)
        case .gexf: GraphWriter.write(.gexf, nodes: nodes, edges: edges, to: out.write)
        case .csv, .tsv:
            let table = TableWriter(output == .tsv ? .tsv : .csv)
            out.write(table.row(["entity_a", "id_a", "kind_a", "entity_b", "id_b", "kind_b", "passages", "articles"]))
            for e in edges {
                out.write(table.row([e.first.name, e.first.id, e.first.kind.rawValue, e.second.name, e.second.id,
                                     e.second.kind.rawValue, String(e.passages), String(e.articles)]))
            }
        case .text, .json:
            let style = Style(enabled: Terminal.useColor(color, fd: 1))
            for e in edges {
                out.write(style.title(TerminalText.escaped(e.first.name)) + " — " + style.title(TerminalText.escaped(e.second.name)) + "  "
                          + style.dim("\(e.first.kind.rawValue):\(e.first.id) \(e.second.kind.rawValue):\(e.second.id) · "
                                      + "\(plural(e.passages, "passage")) in \(plural(e.articles, "article"))") + "\n")
            }
        }
        if edges.isEmpty {
            Console.standard.report("no pairs found")
        }
    }
}
