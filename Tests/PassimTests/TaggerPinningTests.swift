@testable import PassimEntities
import Testing

/// Pins what the statistical tagger computes on a fixed text with the shipped weights: its
/// features, the scores the model gives them, and the tags. A faster tagger must keep all
/// three, or the weights file no longer means what it was trained to mean.
@Suite("The statistical tagger's output, pinned")
struct TaggerPinningTests {
    /// Two passages of one article: running text, a headline in capitals, digits, accents,
    /// Cyrillic, typographic quotes and apostrophes, possessives, hyphens and initials.
    static let passages = [
        """
        NORDVIK GROUP PROFITS SOAR AS GOTHENBURG PLANT REOPENS

        Maria Lindqvist, the chief executive of Nordvik Group, flew to Gothenburg on Monday. “We’re back,” \
        she told Reuters. Kyrylo Budanov’s deputy met U.S. officials in Kursk; the KN-23 and the \
        Iskander-M were discussed. Sales rose 12.5% to $2.8bn in 2024, said José Ñúñez of Banco Ibérico.
        """,
        """
        Lindqvist said the Öresund line would open in 1998. Владимир Путин spoke to the Kremlin’s \
        press office; AT&T and S&P were not asked. Mr Dunn-Hahn of the U.N. Security Council declined \
        to comment, as did the International Olympic Committee in Lausanne.
        """,
    ]

    struct Run {
        var tags: [String] = []
        var features: UInt64 = 0xcbf2_9ce4_8422_2325
        var scores: UInt64 = 0xcbf2_9ce4_8422_2325
        var scored = 0
    }

    /// Tags both passages as one article and fingerprints every token's features (in the order
    /// the tagger computes them, given the tags it chose) and the model's scores for them.
    static func run() throws -> Run {
        let model = try TaggerModel.load(path: EntityFixtures.weightsPath)
        let tagger = StatisticalTagger(model: model)
        let gazetteer = EntityFixtures.gazetteer
        var memory = TaggerMemory()
        var run = Run()
        for passage in passages {
            let text = EntityText(Array(passage.utf8))
            let sentences = EntitySentences.ranges(text)
            let bits = TaggerFeatures.gazetteerBits(text, matches: gazetteer.names.matches(in: text), gazetteer: gazetteer)
            let before = memory
            let tags = tagger.tag(text, sentences: sentences, gazetteer: bits, memory: &memory)
            var replay = before
            var features = TaggerFeatures()
            var buffer: [UInt64] = []
            var scores = [Float](repeating: 0, count: model.tagCount)
            for sentence in sentences {
                features.prepare(text, sentence: sentence, gazetteer: bits, lexicon: model.lexicon, history: replay.recall)
                for i in 0..<sentence.count {
                    let t = sentence.lowerBound + i
                    let previous = i > 0 ? tags[t - 1] : 0, beforePrevious = i > 1 ? tags[t - 2] : 0
                    features.features(of: i, previous: previous, beforePrevious: beforePrevious, into: &buffer)
                    for feature in buffer { run.features = fold(run.features, feature) }
                    for k in scores.indices { scores[k] = 0 }
                    buffer.withUnsafeBufferPointer { f in scores.withUnsafeMutableBufferPointer { model.score(f, into: $0) } }
                    for score in scores { run.scores = fold(run.scores, UInt64(bitPattern: Int64(score))) }
                    run.scored += 1
                }
                replay.remember(text, sentence: sentence, tags: tags[sentence])
            }
            for span in TaggerTag.spans(tags) { run.tags.append("\(text.string(span.range))/\(span.type.label)") }
        }
        return run
    }

    static func fold(_ hash: UInt64, _ value: UInt64) -> UInt64 { TokenFold.extend(hash, with: value) }

    @Test func tagsFeaturesAndScoresAreUnchanged() throws {
        let run = try Self.run()
        #expect(run.tags == [
            "NORDVIK GROUP/ORG", "Maria Lindqvist/PER", "Nordvik Group/ORG", "Gothenburg/LOC", "Reuters/ORG",
            "Kyrylo Budanov/PER", "U.S./LOC", "Kursk/LOC", "KN-23/MISC", "Iskander-M/MISC", "José Ñúñez/PER",
            "Banco Ibérico/ORG", "Lindqvist/PER", "Öresund/ORG", "Владимир Путин/PER", "Kremlin/LOC", "S&P/ORG",
            "Mr Dunn-Hahn/PER", "U.N. Security Council/ORG", "International Olympic Committee/MISC", "Lausanne/LOC",
        ])
        #expect(run.scored == 115)
        // Fingerprints of every feature hash and every score, taken with TaggerFeatures.version 7.
        #expect(run.features == 17_274_633_903_183_435_494)
        #expect(run.scores == 4_789_776_797_305_350_530)
    }
}
