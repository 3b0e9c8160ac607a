import ArgumentParser
import Glibc
import PassimEntities
import PassimIndex
import PassimOutput
import PassimSupport
import PassimText

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Print the actors, weapons and places a text mentions, as NDJSON.",
        discussion: """
            The text is read as one article, in the passages indexing cuts it into (short paragraphs \
            merged with the next, long ones in windows of sentences), so a person introduced in full \
            ("General Kyrylo Budanov") is recognised later by a shorter name ("Mr Budanov"), and in the \
            same passage even before ("Brown ally rejects…" over "Chancellor Gordon Brown"). One JSON \
            object per mention, in text order:

              {"kind":"actor","subkind":"person","id":"kyrylo-budanov",
               "name":"Kyrylo Budanov","text":"Budanov","start":1272,"end":1279,
               "alias":"Budanov"}

            kind is actor, weapon or place; start and end are UTF-8 byte offsets in the input (end \
            exclusive); alias is the gazetteer name that matched, or null when a rule or the statistical \
            tagger found the mention (its id is then made from the name, as "john-foreman").

            The gazetteer and tagger weights come from $PASSIM_DATA, else ../share/passim beside the \
            executable, else the data/ folder of the source tree the executable was built in.

            Examples:
              passim tag seeds/000_8bf942be92c7755d.txt
              echo 'General Kyrylo Budanov visited Kursk.' | passim tag -
              passim tag a.txt --gazetteer extra.tsv | jq -r 'select(.kind=="weapon").text'
            """
    )

    @Argument(help: ArgumentHelp("The text file to tag, or - for standard input.", valueName: "file"), completion: .file())
    var file: String

    @Option(name: .customLong("gazetteer"), help: ArgumentHelp(
        "A gazetteer file (docs/gazetteer.md) loaded after the default data; repeatable.", valueName: "file"),
            completion: .file(extensions: ["tsv"]))
    var gazetteers: [String] = []

    @Flag(help: "Report on stderr how fast the text was tagged (CPU time, without reading and printing).")
    var timing = false

    func run() throws {
        let loadStarted = cpuSeconds()
        let recognizer: EntityRecognizer
        do {
            recognizer = try EntityRecognizer(data: EntityData.locate(), extraGazetteers: gazetteers)
        } catch {
            throw PassimError.usage(error.description)
        }
        let loadSeconds = cpuSeconds() - loadStarted
        let text = try readInput()
        var article = recognizer.article()
        let out = OutputStream(fd: 1)
        defer { out.flush() }
        var seconds = 0.0
        var count = 0
        // Passage by passage, as indexing cuts the article (short paragraphs merged, long ones in
        // overlapping windows); a mention in the overlap of two passages is printed once.
        var printed = Set<Range<Int>>()
        var printedUpTo = 0
        for passage in PassageBuilder.passages(of: ExtractedText(text: text)) {
            let range = passage.textRange
            let bytes = Array(text[range])
            let started = cpuSeconds()
            let mentions = article.mentions(in: bytes)
            seconds += cpuSeconds() - started
            for mention in mentions {
                let inText = mention.range.lowerBound + range.lowerBound..<mention.range.upperBound + range.lowerBound
                if inText.lowerBound < printedUpTo, printed.contains(where: { $0.overlaps(inText) }) { continue }
                printed.insert(inText)
                count += 1
                out.write(MentionPrinter.line(mention, in: bytes, offset: range.lowerBound) + "\n")
            }
            printedUpTo = max(printedUpTo, range.upperBound)
            printed = printed.filter { $0.upperBound > range.lowerBound }
        }
        if timing {
            let mb = Double(text.count) / 1_000_000
            Console.standard.report("loaded \(recognizer.gazetteer.count) gazetteer entities and the tagger in \(milliseconds(loadSeconds)) ms of CPU")
            Console.standard.report("tagged \(text.count) bytes (\(count) mentions) in \(milliseconds(seconds)) ms of CPU: \(rounded(mb / max(seconds, 1e-9))) MB/s")
        }
    }

    private func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }

    private func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func readInput() throws -> [UInt8] {
        let descriptor = file == "-" ? 0 : open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PassimError.usage("cannot read \(file): \(String(cString: strerror(errno))); give a text file or - for standard input")
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got > 0 {
                bytes += chunk[0..<got]
                // As `index` does: the first 8 MB, so /dev/zero or an endless pipe cannot fill memory.
                if bytes.count > Tuning.maxFileBytes {
                    let megabytes = Tuning.maxFileBytes >> 20
                    Console.standard.warning("\(file == "-" ? "standard input" : file) is larger than \(megabytes) MB; only its first \(megabytes) MB were tagged")
                    return Array(bytes[..<UTF8Text.completeEnd(bytes, 0..<Tuning.maxFileBytes)])
                }
            } else if got == 0 {
                break
            } else if errno != EINTR {
                throw PassimError.usage("cannot read \(file): \(String(cString: strerror(errno)))")
            }
        }
        return bytes
    }
}
