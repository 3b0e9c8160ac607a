import Foundation
import Testing

/// `passim entities` as tables and graphs other tools open.
@Suite struct EntityExportTests {
    /// Three articles; Putin and Zelensky are named together in two passages
    /// of two articles, Putin and Kharkiv in one.
    static func corpus() throws -> Corpus {
        let corpus = try Corpus.indexedSeeds()
        try corpus.write("a/one.txt", """
            Vladimir Putin and Volodymyr Zelensky traded accusations on Monday over the talks, which both sides said
            had stalled, while officials in Kyiv and Moscow promised to keep the channel open for prisoner exchanges.
            """)
        try corpus.write("a/two.txt", """
            Volodymyr Zelensky said Vladimir Putin wanted a frozen conflict, and he asked Western allies to send more
            air defence systems before the winter, when strikes on the power grid were expected to grow heavier still.
            """)
        try corpus.write("b/three.txt", """
            Vladimir Putin visited troops near Kharkiv, state television said, in a trip that was not announced in
            advance and that came a day after the heaviest shelling of the city in several weeks of fighting there.
            """)
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        return corpus
    }

    @Test func pairsAsCSVCountPassagesAndArticlesTogether() throws {
        let corpus = try Self.corpus()
        let run = try passim(["entities", "--pairs", "--csv"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.first == "entity_a,id_a,kind_a,entity_b,id_b,kind_b,passages,articles")
        let rows = run.lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
        let putinZelensky = try #require(rows.first { Set([$0[1], $0[4]]) == ["vladimir-putin", "volodymyr-zelensky"] })
        #expect(putinZelensky[6] == "2" && putinZelensky[7] == "2")
        #expect(rows.contains { Set([$0[1], $0[4]]) == ["vladimir-putin", "kharkiv"] && $0[6] == "1" })
        // Only the kinds asked for take part.
        let actors = try passim(["entities", "--pairs", "--tsv", "--kind", "actor"], in: corpus.url)
        #expect(actors.lines.dropFirst().allSatisfy { line in
            let f = line.split(separator: "\t")
            return f[2] == "actor" && f[5] == "actor"
        })
        #expect(!actors.stdout.contains("kharkiv"))
    }

    @Test func graphMLAndGEXFParseWithTheSameEdgesAsTheCSV() throws {
        let corpus = try Self.corpus()
        let csv = try passim(["entities", "--pairs", "--csv"], in: corpus.url)
        let edges = csv.lines.count - 1
        #expect(edges > 2)
        for (format, tag) in [("graphml", "{http://graphml.graphdrawing.org/xmlns}edge"), ("gexf", "{http://gexf.net/1.3}edge")] {
            let file = corpus.url.appendingPathComponent("graph.\(format)")
            let run = try passim(["entities", "--pairs", "--format", format], in: corpus.url)
            #expect(run.status == 0)
            try Data(run.stdout.utf8).write(to: file)
            // A real XML parser reads it back: Python's, when the machine has one.
            let parsed = try runCommand(["python3", "-c", """
                import sys, xml.etree.ElementTree as ET
                print(sum(1 for e in ET.parse(sys.argv[1]).iter('\(tag)')))
                """, file.path], in: corpus.url)
            guard parsed.status != 127 else { continue }
            #expect(parsed.status == 0, "\(parsed.stderr)")
            #expect(parsed.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == String(edges), "\(format)")
        }
    }

    @Test func entitiesAsATableCountArticles() throws {
        let corpus = try Self.corpus()
        let run = try passim(["entities", "--csv", "--kind", "actor"], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.lines.first == "entity,id,kind,passages,articles")
        let putin = try #require(run.lines.first { $0.hasPrefix("Vladimir Putin,") })
        // Three articles here and one passage of the seed article.
        #expect(putin == "Vladimir Putin,vladimir-putin,actor,4,4")
        let bad = try passim(["entities", "--format", "graphml"], in: corpus.url)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("add --pairs"))
    }
}
