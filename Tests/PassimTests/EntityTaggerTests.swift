#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PassimEntities
@testable import passim_train_tagger
@testable import PassimSupport

@Suite("The statistical tagger")
struct EntityTaggerTests {
    /// A tiny training set: enough to learn that "X Y said" is a person.
    static let tiny: [TaggerTraining.Document] = {
        let people = [("Anna", "Berg"), ("Carl", "Dunn"), ("Eva", "Falk"), ("Gus", "Hahn"), ("Ida", "Jung")]
        let places = ["Oslo", "Lima", "Riga", "Baku"]
        var sentences: [[(word: String, tag: String)]] = []
        for (first, last) in people {
            for place in places {
                sentences.append([(first, "B-PER"), (last, "I-PER"), ("said", "O"), ("in", "O"), (place, "B-LOC"),
                                  ("that", "O"), ("prices", "O"), ("rose", "O"), (".", "O")])
            }
        }
        return [TaggerTraining.Document(sentences: sentences)]
    }()

    @Test func trainingIsDeterministicAndTheWeightsRoundTrip() throws {
        let training = TaggerTraining(gazetteer: nil)
        let first = training.train(train: Self.tiny, dev: Self.tiny, epochs: 3, minimumWeight: 0, log: { _ in })
        let second = training.train(train: Self.tiny, dev: Self.tiny, epochs: 3, minimumWeight: 0, log: { _ in })
        #expect(!first.isEmpty)
        #expect(first == second)
        let model = try TaggerModel.decode(first)
        #expect(model.tagNames == TaggerTag.names)
        let scores = try training.evaluate(weights: first, on: Self.tiny)
        #expect(scores.f1("PER") > 0.99)
        #expect(scores.f1("LOC") > 0.99)
    }

    @Test func aLearnedPatternCarriesToNewNames() throws {
        let bytes = TaggerTraining(gazetteer: nil).train(train: Self.tiny, dev: Self.tiny, epochs: 5, minimumWeight: 0, log: { _ in })
        let recognizer = EntityRecognizer(gazetteer: try Gazetteer(text: ""), tagger: StatisticalTagger(model: try TaggerModel.decode(bytes)))
        #expect(EntityFixtures.tag("Olga Kraft said in Riga that prices rose .", with: recognizer)
            .contains("Olga Kraft=actor/person:olga-kraft"))
    }

    @Test func badWeightsFilesSayWhy() {
        #expect(throws: TaggerModel.FormatError.self) { try TaggerModel.decode(Array("not weights".utf8)) }
        #expect(throws: TaggerModel.FormatError.self) { try TaggerModel.decode(Array("PSMTAGGR".utf8) + [1, 0, 0]) }
        #expect(throws: EntityDataError.self) {
            try EntityRecognizer(gazetteer: EntityFixtures.gazetteer, taggerWeights: "/nonexistent.weights")
        }
    }

    @Test func theLexiconCountsHowWordsAreWritten() {
        var counter = TaggerLexicon.Counter()
        for _ in 0..<3 { counter.add(Array("Lucky people met in Japan. They were lucky in Japan and lucky again.".utf8)) }
        let lexicon = counter.lexicon()
        #expect(lexicon.wordClass(TokenFold.hash(Array("japan".utf8))) == 4)
        #expect(lexicon.wordClass(TokenFold.hash(Array("lucky".utf8))) == 1)  // "Lucky" starts a sentence: not counted
        #expect(lexicon.wordClass(TokenFold.hash(Array("nowhere".utf8))) == 0)
    }

    @Test func bioSpans() {
        let spans = TaggerTag.spans([0, 1, 2, 2, 0, 6, 5, 5, 0]).map { "\($0.range)\($0.type.label)" }
        #expect(spans == ["1..<4PER", "5..<6LOC", "6..<7LOC", "7..<8LOC"])
    }

    @Test func theShippedWeightsFindPeopleAndPlaces() {
        let found = EntityFixtures.tag("Maria Lindqvist, the chief executive of Nordvik Group, flew to Gothenburg on Monday.",
                                       with: EntityFixtures.recognizer)
        #expect(found.contains("Maria Lindqvist=actor/person:maria-lindqvist"))
        #expect(found.contains("Nordvik Group=actor/organisation:nordvik-group"))
        #expect(found.contains("Gothenburg=place/area:gothenburg"))
    }

    @Test("the shipped weights score well on CoNLL-2003 valid", .enabled(if: EntityFixtures.hasCoNLL, "needs ../shared/corpora/conll2003"))
    func conllValid() throws {
        let documents = try #require(CoNLLReader.read(EntityFixtures.conllFolder + "/valid.txt"))
        let weights = try #require(PassageFixtures.read(EntityFixtures.weightsPath))
        // The weights were trained with the shipped gazetteer's names as features: score them with it.
        let data = EntityData.at(PassageFixtures.packageRoot + "/data")
        let gazetteer = data.gazetteerPaths.isEmpty ? nil : try Gazetteer(paths: data.gazetteerPaths)
        let scores = try TaggerTraining(gazetteer: gazetteer).evaluate(weights: weights, on: documents)
        #expect(scores.f1("PER") > 0.85)
        #expect(scores.f1("LOC") > 0.85)
        #expect(scores.f1("ORG") > 0.70)
    }
}

/// CoNLL-2003 files for the tests: `word POS chunk NER` lines, blank lines between sentences.
enum CoNLLReader {
    static func read(_ path: String) -> [TaggerTraining.Document]? {
        guard let bytes = PassageFixtures.read(path) else { return nil }
        var documents: [TaggerTraining.Document] = []
        var sentences: [[(word: String, tag: String)]] = []
        var sentence: [(word: String, tag: String)] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") {
                if !sentence.isEmpty { sentences.append(sentence) }
                if !sentences.isEmpty { documents.append(TaggerTraining.Document(sentences: sentences)) }
                sentences = []
                sentence = []
            } else if line.isEmpty {
                if !sentence.isEmpty { sentences.append(sentence) }
                sentence = []
            } else {
                let fields = line.split(separator: " ")
                sentence.append((String(fields[0]), String(fields[fields.count - 1])))
            }
        }
        if !sentence.isEmpty { sentences.append(sentence) }
        if !sentences.isEmpty { documents.append(TaggerTraining.Document(sentences: sentences)) }
        return documents
    }
}

@Suite("Finding the entity data")
struct EntityDataTests {
    @Test func fromTheEnvironment() throws {
        let data = try EntityData.locate(environment: PassageFixtures.packageRoot + "/data", executable: nil)
        #expect(data.gazetteerPaths.map { FileSystem.lastComponent(of: $0) }.prefix(3) == ["places.tsv", "actors.tsv", "weapons.tsv"])
        #expect(data.taggerWeightsPath?.hasSuffix("/tagger/conll2003.weights") == true)
        #expect(throws: EntityDataError.self) { try EntityData.locate(environment: "/nonexistent", executable: nil) }
    }

    @Test func besideABuildInTheRepository() throws {
        let data = try EntityData.locate(environment: nil, executable: PassageFixtures.packageRoot + "/.build/release/passim")
        #expect(data.directory == PassageFixtures.packageRoot + "/data")
    }

    @Test func inAnInstalledShareFolder() throws {
        let root = FileSystem.parent(of: EntityFixtures.temporaryFile("", name: "x"))
        _ = mkdir(root + "/bin", 0o755)
        _ = mkdir(root + "/share", 0o755)
        _ = mkdir(root + "/share/passim", 0o755)
        _ = mkdir(root + "/share/passim/gazetteer", 0o755)
        let data = try EntityData.locate(environment: nil, executable: root + "/bin/passim")
        #expect(data.directory == root + "/share/passim")
        #expect(data.taggerWeightsPath == nil)
    }

    @Test func nowhere() {
        #expect(throws: EntityDataError.self) { try EntityData.locate(environment: nil, executable: "/usr/bin/true") }
        #expect(throws: EntityDataError.self) { try EntityData.locate(environment: nil, executable: nil) }
    }
}
