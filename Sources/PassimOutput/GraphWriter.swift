import PassimIndex

/// The co-occurrence graph of `passim entities --pairs` as GraphML or GEXF
/// 1.3, the files Gephi, networkx, Cytoscape and yEd open: a node per entity
/// (name, kind, passages, articles), an undirected edge per pair weighted by
/// the passages naming both.
package enum GraphWriter {
    package enum Format: String, Sendable, CaseIterable { case graphml, gexf }

    /// Writes the document a node or an edge at a time through `write`.
    package static func write(_ format: Format, nodes: [(node: EntityNode, passages: Int, articles: Int)],
                              edges: [EntityEdge], to write: (String) -> Void) {
        // Only the entities some edge joins: a graph of pairs.
        var linked = Set<EntityNode>()
        for edge in edges { linked.insert(edge.first); linked.insert(edge.second) }
        let shown = nodes.filter { linked.contains($0.node) }
        switch format {
        case .graphml: graphML(shown, edges, write)
        case .gexf: gexf(shown, edges, write)
        }
    }

    static func key(_ node: EntityNode) -> String { node.kind.rawValue + ":" + node.id }

    static func graphML(_ nodes: [(node: EntityNode, passages: Int, articles: Int)], _ edges: [EntityEdge],
                        _ write: (String) -> Void) {
        write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="npassages" for="node" attr.name="passages" attr.type="int"/>
              <key id="narticles" for="node" attr.name="articles" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="articles" for="edge" attr.name="articles" attr.type="int"/>
              <graph id="entities" edgedefault="undirected">

            """)
        for (node, passages, articles) in nodes {
            write("    <node id=\"\(xml(key(node)))\"><data key=\"name\">\(xml(node.name))</data>"
                + "<data key=\"kind\">\(node.kind.rawValue)</data><data key=\"npassages\">\(passages)</data>"
                + "<data key=\"narticles\">\(articles)</data></node>\n")
        }
        for (n, edge) in edges.enumerated() {
            write("    <edge id=\"e\(n)\" source=\"\(xml(key(edge.first)))\" target=\"\(xml(key(edge.second)))\">"
                + "<data key=\"weight\">\(edge.passages)</data><data key=\"articles\">\(edge.articles)</data></edge>\n")
        }
        write("  </graph>\n</graphml>\n")
    }

    static func gexf(_ nodes: [(node: EntityNode, passages: Int, articles: Int)], _ edges: [EntityEdge],
                        _ write: (String) -> Void) {
        write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="passages" title="passages" type="integer"/>
                  <attribute id="articles" title="articles" type="integer"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="articles" title="articles" type="integer"/>
                </attributes>
                <nodes>

            """)
        for (node, passages, articles) in nodes {
            write("      <node id=\"\(xml(key(node)))\" label=\"\(xml(node.name))\"><attvalues>"
                + "<attvalue for=\"kind\" value=\"\(node.kind.rawValue)\"/><attvalue for=\"passages\" value=\"\(passages)\"/>"
                + "<attvalue for=\"articles\" value=\"\(articles)\"/></attvalues></node>\n")
        }
        write("    </nodes>\n    <edges>\n")
        for (n, edge) in edges.enumerated() {
            write("      <edge id=\"\(n)\" source=\"\(xml(key(edge.first)))\" target=\"\(xml(key(edge.second)))\" "
                + "weight=\"\(edge.passages)\"><attvalues><attvalue for=\"articles\" value=\"\(edge.articles)\"/></attvalues></edge>\n")
        }
        write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// Text for an XML attribute or element: the five special characters
    /// escaped, and the control characters XML 1.0 forbids left out.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
