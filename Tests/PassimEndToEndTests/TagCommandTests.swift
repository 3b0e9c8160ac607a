import Foundation
import Testing

@Suite("passim tag")
struct TagCommandTests {
    @Test func tagsTheSeedAsNDJSONWithByteOffsets() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("extra.tsv", "kyrylo-budanov\tactor\tperson\tKyrylo Budanov\tBudanov\t\n")
        let seed = seedFolder.appendingPathComponent("000_8bf942be92c7755d.txt")
        let run = try passim(["tag", seed.path, "--gazetteer", "extra.tsv"], in: corpus.url)
        #expect(run.status == 0, "\(run.stderr)")
        let objects = try jsonObjects(run)
        #expect(objects.count > 20)
        let bytes = Array(try Data(contentsOf: seed))
        for object in objects {
            #expect(Set(object.keys) == ["kind", "subkind", "id", "name", "text", "start", "end", "alias"])
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == object["text"] as? String)
        }
        let budanov = objects.filter { $0["id"] as? String == "kyrylo-budanov" }
        #expect(budanov.count >= 4)
        #expect(budanov.contains { $0["text"] as? String == "Budanov" && $0["alias"] as? String == "Budanov" })
        #expect(objects.contains { $0["id"] as? String == "john-foreman" })
        #expect(objects.contains { $0["alias"] is NSNull })  // found by a rule or the tagger
    }

    @Test func reportsBadFilesAndMissingData() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("bad.tsv", "x\tplase\tcity\tX\t\t\n")
        try corpus.write("a.txt", "Russia.\n")
        let bad = try passim(["tag", "a.txt", "--gazetteer", "bad.tsv"], in: corpus.url)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("passim: bad.tsv:1: unknown kind `plase`"))
        let missing = try passim(["tag", "no-such-file.txt"], in: corpus.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read no-such-file.txt"))
        let noData = try passim(["tag", "a.txt"], in: corpus.url, environment: ["PASSIM_DATA": corpus.url.path + "/nothing"])
        #expect(noData.status == 2)
        #expect(noData.stderr.contains("$PASSIM_DATA"))
    }
}
