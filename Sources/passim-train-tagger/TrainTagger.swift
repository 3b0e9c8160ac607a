import ArgumentParser
import Glibc
import PassimEntities
import PassimOutput
import PassimSupport

/// Trains Passim's statistical name tagger on CoNLL-2003 and writes its weights.
@main
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passim-train-tagger",
        abstract: "Train the statistical name tagger (PER/ORG/LOC/MISC) on CoNLL-2003 and write its weights.",
        discussion: """
            Trains an averaged perceptron on train.txt, keeps the epoch that scores best on valid.txt, and \
            writes the weights (docs/entities.md describes the format). test.txt is never read.

            Example, from the repository root:
              swift run -c release passim-train-tagger
            """
    )

    @Option(help: ArgumentHelp("The CoNLL-2003 folder (train.txt, valid.txt).", valueName: "dir"))
    var conll = "../shared/corpora/conll2003"

    @Option(name: .customLong("gazetteer"), help: ArgumentHelp(
        "Gazetteer files whose names become features (default: data/gazetteer/*.tsv, as passim loads them).", valueName: "file"))
    var gazetteers: [String] = []

    @Flag(help: "Train without gazetteer features.")
    var noGazetteer = false

    @Option(name: .customLong("unlabelled"), help: ArgumentHelp(
        "Folders of plain-text news (.txt, searched recursively) where the usual written form of each word is counted (default: ../shared/corpora/bbc and ../shared/corpora/reuters21578 when present).",
        valueName: "dir"))
    var unlabelled: [String] = []

    @Flag(help: "Train without the written-form lexicon.")
    var noLexicon = false

    @Option(help: "Passes over the training data.")
    var epochs = 20

    @Option(help: "Drop features whose averaged weights are all smaller than this.")
    var minWeight: Float = 0.02

    @Option(help: ArgumentHelp("Where to write the weights.", valueName: "file"))
    var output = "data/tagger/conll2003.weights"

    func run() throws {
        var paths = gazetteers
        if paths.isEmpty, !noGazetteer {
            paths = EntityData.at("data").gazetteerPaths  // in the order passim loads them
        }
        let gazetteer = noGazetteer || paths.isEmpty ? nil : try Gazetteer(paths: paths)
        log("gazetteer: \(gazetteer.map { "\($0.count) entities from \(paths.joined(separator: ", "))" } ?? "none")")
        let train = try CoNLL.read(conll + "/train.txt")
        let dev = try CoNLL.read(conll + "/valid.txt")
        log("train: \(train.count) documents; dev: \(dev.count) documents")
        var folders = unlabelled
        if folders.isEmpty, !noLexicon {
            folders = ["../shared/corpora/bbc", "../shared/corpora/reuters21578"].filter { FileSystem.kind(of: $0) == .directory }
        }
        let texts = noLexicon ? [] : folders.flatMap(Self.texts(under:))
        let training = TaggerTraining(gazetteer: gazetteer, unlabelled: texts)
        log("lexicon: \(training.lexiconWords) words from \(texts.count) texts in \(folders.joined(separator: ", "))")
        let bytes = training.train(train: train, dev: dev, epochs: epochs, minimumWeight: minWeight, log: log)
        guard !bytes.isEmpty else { throw ValidationError("training produced no model") }
        try write(bytes, to: output)
        log("wrote \(output): \(bytes.count) bytes")
    }

    /// The .txt files under `folder`, in name order.
    static func texts(under folder: String) -> [[UInt8]] {
        var texts: [[UInt8]] = []
        for name in FileSystem.entries(of: folder) {
            let path = folder + "/" + name
            switch FileSystem.kind(of: path) {
            case .directory: texts += Self.texts(under: path)
            case .file where name.hasSuffix(".txt"): if let bytes = read(path) { texts.append(bytes) }
            default: break
            }
        }
        return texts
    }

    static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = fread(&chunk, 1, chunk.count, file)
            if got <= 0 { break }
            bytes += chunk[0..<got]
        }
        return bytes
    }

    private func log(_ line: String) {
        let err = OutputStream(fd: 2)
        err.write(line + "\n")
        err.flush()
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        guard let file = fopen(path + ".tmp", "wb") else { throw ValidationError("cannot write \(path).tmp") }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        guard written == bytes.count, rename(path + ".tmp", path) == 0 else { throw ValidationError("cannot write \(path)") }
    }
}

/// CoNLL-2003 files: `word POS chunk NER` per line, a blank line between
/// sentences, `-DOCSTART-` before each document.
enum CoNLL {
    static func read(_ path: String) throws -> [TaggerTraining.Document] {
        guard let file = fopen(path, "rb") else { throw ValidationError("cannot read \(path); give --conll DIR") }
        defer { fclose(file) }
        var documents: [TaggerTraining.Document] = []
        var sentences: [[(word: String, tag: String)]] = []
        var sentence: [(word: String, tag: String)] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        func endSentence() {
            if !sentence.isEmpty { sentences.append(sentence) }
            sentence = []
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty { documents.append(TaggerTraining.Document(sentences: sentences)) }
            sentences = []
        }
        while getline(&line, &capacity, file) > 0 {
            let text = String(cString: line!).trimmingNewline()
            if text.hasPrefix("-DOCSTART-") {
                endDocument()
                continue
            }
            if text.isEmpty {
                endSentence()
                continue
            }
            let fields = text.split(separator: " ")
            sentence.append((String(fields[0]), String(fields[fields.count - 1])))
        }
        free(line)
        endDocument()
        return documents
    }
}

extension String {
    func trimmingNewline() -> String {
        var s = self[...]
        while let last = s.last, last == "\n" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
