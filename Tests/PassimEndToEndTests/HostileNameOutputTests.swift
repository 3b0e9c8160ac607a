import Foundation
import Testing

/// A file whose name holds an ESC sequence and a BEL: the human output and
/// the messages show them escaped, the machine output keeps the exact bytes.
@Suite struct HostileNameOutputTests {
    private let name = "evil\u{1B}[2J\u{7}.txt"

    private func corpus() throws -> Corpus {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write(name, "Drones over the depot\n\nThe drones struck the depot at dawn.\n")
        #expect(try passim(["index", "."], in: corpus.url).status == 0)
        return corpus
    }

    @Test func humanOutputAndMessagesEscapeTheName() throws {
        let corpus = try corpus()
        let human = try passim(["search", "drones"], in: corpus.url)
        #expect(human.status == 0)
        #expect(human.stdout.contains("evil\\x1b[2J\\x07.txt:"), "\(human.stdout)")
        #expect(!human.stdout.contains("\u{1B}") && !human.stdout.contains("\u{7}"))
        let listed = try passim(["search", "drones", "--articles"], in: corpus.url)
        #expect(listed.stdout.contains("evil\\x1b[2J\\x07.txt") && !listed.stdout.contains("\u{1B}"))
        let shown = try passim(["show", name], in: corpus.url)
        #expect(shown.status == 0 && shown.stdout.contains("evil\\x1b[2J\\x07.txt") && !shown.stdout.contains("\u{1B}"))
        // A message naming the file: the same escaped form.
        let missing = try passim(["show", name + "x"], in: corpus.url)
        #expect(missing.status == 2 && missing.stderr.contains("\\x1b[2J\\x07") && !missing.stderr.contains("\u{1B}"))
    }

    @Test func machineOutputKeepsTheExactBytes() throws {
        let corpus = try corpus()
        let files = try passim(["search", "drones", "--files"], in: corpus.url)
        #expect(files.stdout == name + "\n")
        let nul = try passim(["search", "drones", "--files", "-0"], in: corpus.url)
        #expect(nul.stdout == name + "\0")
        let json = try passim(["search", "drones", "--json"], in: corpus.url)
        #expect(json.stdout.contains("\"path\":\"evil\\u001b[2J\\u0007.txt\""), "\(json.stdout)")
    }
}
