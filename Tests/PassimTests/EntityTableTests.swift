import Testing
@testable import PassimEntities
@testable import PassimIndex
@testable import PassimOutput

@Suite("Output: tables and graphs")
struct EntityTableTests {
    @Test("CSV quotes what needs it and doubles quotes; TSV flattens tabs and line breaks")
    func tables() {
        #expect(TableWriter(.csv).row(["a", "b,c", "say \"hi\"", "x\ny"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\n")
        #expect(TableWriter(.tsv).row(["a\tb", "c\nd", "e"]) == "a b\tc d\te\n")
    }

    @Test("XML text escapes the special characters and drops the control characters XML forbids")
    func xmlText() {
        #expect(GraphWriter.xml("AT&T <\"x\"> 'y'\u{1}") == "AT&amp;T &lt;&quot;x&quot;&gt; &apos;y&apos;")
    }

    @Test("articles are counted once however many of their passages name an entity or a pair, shard by shard")
    func counting() {
        let putin = EntityNode(kind: .actor, id: "vladimir-putin", name: "Vladimir Putin")
        let kyiv = EntityNode(kind: .place, id: "kyiv", name: "Kyiv")
        var c = EntityCooccurrence()
        // Article 1 in shard 0, its passages interleaved with article 2's in shard 1.
        c.add([putin, kyiv], article: 1, shard: 0, pairs: true)
        c.add([putin, kyiv], article: 2, shard: 1, pairs: true)
        c.add([putin, kyiv], article: 1, shard: 0, pairs: true)
        c.add([putin], article: 3, shard: 0, pairs: true)
        for shard in [0, 1] { c.finishArticle(shard: shard) }
        let nodes = c.nodes
        #expect(nodes.first?.node == putin && nodes.first?.passages == 4 && nodes.first?.articles == 3)
        let edges = c.edges()
        #expect(edges.count == 1)
        #expect(edges[0].passages == 3 && edges[0].articles == 2)
        #expect(c.edges(minimum: 4).isEmpty)
    }
}
