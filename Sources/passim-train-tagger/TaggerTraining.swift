import PassimEntities
import PassimSupport
/// Trains the statistical tagger: an averaged perceptron over the features of
/// `TaggerFeatures`, decoding greedily as the tagger does, one pass per epoch
/// over the training documents in a fixed shuffled order; the epoch that
/// scores best on the development documents is kept.
public struct TaggerTraining {
    /// A document of pre-tokenised sentences with their BIO tags ("B-PER", "O"…).
    struct Document: Sendable {
        public var sentences: [[(word: String, tag: String)]]
        public init(sentences: [[(word: String, tag: String)]]) { self.sentences = sentences }
    }

    /// Span-level scores per type ("PER", "ORG", "LOC", "MISC", "all").
    struct Scores: CustomStringConvertible {
        public var counts: [String: (truePositives: Int, predicted: Int, gold: Int)] = [:]

        public func f1(_ type: String) -> Double {
            guard let c = counts[type], c.predicted + c.gold > 0 else { return 0 }
            return 2 * Double(c.truePositives) / Double(c.predicted + c.gold)
        }

        public var description: String {
            ["PER", "ORG", "LOC", "MISC", "all"].map { type in
                let c = counts[type] ?? (0, 0, 0)
                let p = c.predicted > 0 ? Double(c.truePositives) / Double(c.predicted) : 0
                let r = c.gold > 0 ? Double(c.truePositives) / Double(c.gold) : 0
                return "\(type) P \(percent(p)) R \(percent(r)) F1 \(percent(f1(type)))"
            }.joined(separator: " | ")
        }

        private func percent(_ x: Double) -> String {
            let tenths = Int((x * 1000).rounded())
            return "\(tenths / 10).\(tenths % 10)"
        }
    }

    /// A sentence as the tagger sees it: text, tokens, gold tags per token.
    struct Sentence {
        var text: EntityText
        var gold: [UInt8]
        var gazetteer: [TaggerFeatures.GazetteerBits]
    }

    let gazetteer: Gazetteer?
    let lexicon: TaggerLexicon

    /// Training with the names of `gazetteer` as features, and the written forms of words counted in
    /// `unlabelled` texts (none: no such features).
    init(gazetteer: Gazetteer?, unlabelled: [[UInt8]] = []) {
        self.gazetteer = gazetteer
        var counter = TaggerLexicon.Counter()
        for text in unlabelled { counter.add(text) }
        lexicon = counter.lexicon()
    }

    /// Words in the lexicon of written forms.
    var lexiconWords: Int { lexicon.count }

    /// Trains on `train`, choosing the epoch by `dev`; returns the weights file's bytes.
    func train(train: [Document], dev: [Document], epochs: Int, minimumWeight: Float,
                      log: (String) -> Void) -> [UInt8] {
        let trainDocs = train.map(prepare)
        let devDocs = dev.map(prepare)
        let weights = PerceptronWeights(tagCount: TaggerTag.count, lexicon: lexicon)
        var features = TaggerFeatures()
        var order = Array(trainDocs.indices)
        var random = SplitMix(seed: 2003)
        var best: (f1: Double, features: [UInt64], weights: [Float], epoch: Int)?
        for epoch in 1...epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            var mistakes = 0, tokens = 0
            for d in order {
                var memory = TaggerMemory()
                for sentence in trainDocs[d] {
                    let range = 0..<sentence.text.count
                    features.prepare(sentence.text, sentence: range, gazetteer: sentence.gazetteer, lexicon: lexicon,
                                     history: memory.recall)
                    var tags = [UInt8](repeating: 0, count: range.count)
                    var buffer: [UInt64] = []
                    var scores = [Float](repeating: 0, count: TaggerTag.count)
                    var previous: UInt8 = 0, beforePrevious: UInt8 = 0
                    for i in range {
                        if previous == 0, features.cannotStartName(i) {  // as the tagger does
                            beforePrevious = 0
                            continue
                        }
                        features.features(of: i, previous: previous, beforePrevious: beforePrevious, into: &buffer)
                        for k in scores.indices { scores[k] = 0 }
                        buffer.withUnsafeBufferPointer { f in scores.withUnsafeMutableBufferPointer { weights.score(f, into: $0) } }
                        let guess = StatisticalTagger.bestTag(scores, previous: previous)
                        weights.tick()
                        if guess != sentence.gold[i] {
                            weights.update(buffer, truth: sentence.gold[i], guess: guess)
                            mistakes += 1
                        }
                        tokens += 1
                        tags[i] = guess
                        beforePrevious = previous
                        previous = guess
                    }
                    memory.remember(sentence.text, sentence: range, tags: tags[...])
                }
            }
            let (kept, averaged) = weights.averaged(minimumWeight: minimumWeight)
            // Score what will be written: the quantised weights.
            let bytes = TaggerModel.encode(tagNames: TaggerTag.names, features: kept, weights: averaged, lexicon: lexicon)
            guard let model = try? TaggerModel.decode(bytes) else { return [] }
            let scores = Self.evaluate(model, devDocs)
            log("epoch \(epoch): \(mistakes) mistakes in \(tokens) tokens; \(kept.count) features; dev \(scores)")
            if best == nil || scores.f1("all") > best!.f1 { best = (scores.f1("all"), kept, averaged, epoch) }
        }
        guard let best else { return [] }
        log("kept epoch \(best.epoch) (dev F1 all \(best.f1))")
        return TaggerModel.encode(tagNames: TaggerTag.names, features: best.features, weights: best.weights, lexicon: lexicon)
    }

    /// Scores a weights file's bytes on `documents`.
    func evaluate(weights bytes: [UInt8], on documents: [Document]) throws -> Scores {
        Self.evaluate(try TaggerModel.decode(bytes), documents.map(prepare))
    }

    static func evaluate(_ model: TaggerModel, _ documents: [[Sentence]]) -> Scores {
        var scores = Scores()
        var features = TaggerFeatures()
        func count(_ type: String, tp: Int, predicted: Int, gold: Int) {
            let c = scores.counts[type] ?? (0, 0, 0)
            scores.counts[type] = (c.truePositives + tp, c.predicted + predicted, c.gold + gold)
        }
        for document in documents {
            var memory = TaggerMemory()
            for sentence in document {
                let range = 0..<sentence.text.count
                var tags = [UInt8](repeating: 0, count: range.count)
                StatisticalTagger.decode(sentence.text, sentence: range, gazetteer: sentence.gazetteer, memory: memory,
                                         scorer: model, features: &features, into: &tags)
                memory.remember(sentence.text, sentence: range, tags: tags[...])
                let predicted = TaggerTag.spans(tags)
                let gold = TaggerTag.spans(sentence.gold)
                for p in predicted {
                    let hit = gold.contains { $0.range == p.range && $0.type == p.type }
                    count(p.type.label, tp: hit ? 1 : 0, predicted: 1, gold: 0)
                    count("all", tp: hit ? 1 : 0, predicted: 1, gold: 0)
                }
                for g in gold {
                    count(g.type.label, tp: 0, predicted: 0, gold: 1)
                    count("all", tp: 0, predicted: 0, gold: 1)
                }
            }
        }
        return scores
    }

    /// A document's sentences joined by spaces and cut by the tagger's own
    /// tokenizer; each token takes the gold tag of the word it starts in.
    func prepare(_ document: Document) -> [Sentence] {
        document.sentences.map { words in
            var bytes: [UInt8] = []
            var starts: [Int] = []
            for (word, _) in words {
                if !bytes.isEmpty { bytes.append(0x20) }
                starts.append(bytes.count)
                bytes += word.utf8
            }
            let text = EntityText(bytes)
            var gold = [UInt8](repeating: 0, count: text.count)
            var w = 0
            for (t, token) in text.tokens.enumerated() {
                while w + 1 < starts.count, starts[w + 1] <= token.start { w += 1 }
                guard let tag = TaggerTag.tag(named: words[w].tag), let type = TaggerTag.type(of: tag) else { continue }
                let first = starts[w] == token.start && TaggerTag.begins(tag)
                gold[t] = first ? TaggerTag.begin(type) : TaggerTag.inside(type)
            }
            let matches = gazetteer?.names.matches(in: text) ?? []
            return Sentence(text: text, gold: gold,
                            gazetteer: TaggerFeatures.gazetteerBits(text, matches: matches, gazetteer: gazetteer))
        }
    }
}

/// The weights being trained, with the running sums that averaging needs.
final class PerceptronWeights: TaggerScorer {
    let tagCount: Int
    let lexicon: TaggerLexicon
    private var rowOf: [UInt64: Int] = [:]
    private var features: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    private var step = 0

    init(tagCount: Int, lexicon: TaggerLexicon) {
        self.tagCount = tagCount
        self.lexicon = lexicon
    }

    func tick() { step += 1 }

    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        for feature in features {
            guard let row = rowOf[feature] else { continue }
            let base = row * tagCount
            for t in 0..<tagCount { scores[t] += weights[base + t] }
        }
    }

    func update(_ features: [UInt64], truth: UInt8, guess: UInt8) {
        for feature in features {
            let row: Int
            if let found = rowOf[feature] {
                row = found
            } else {
                row = self.features.count
                rowOf[feature] = row
                self.features.append(feature)
                weights += repeatElement(0, count: tagCount)
                totals += repeatElement(0, count: tagCount)
                stamps += repeatElement(0, count: tagCount)
            }
            change(row * tagCount + Int(truth), by: 1)
            change(row * tagCount + Int(guess), by: -1)
        }
    }

    private func change(_ index: Int, by delta: Float) {
        totals[index] += Double(step - stamps[index]) * Double(weights[index])
        stamps[index] = step
        weights[index] += delta
    }

    /// The averaged weights, leaving out features whose weights are all below `minimumWeight`.
    func averaged(minimumWeight: Float) -> (features: [UInt64], weights: [Float]) {
        var kept: [UInt64] = []
        var averaged: [Float] = []
        let steps = Double(max(step, 1))
        for (row, feature) in features.enumerated() {
            var rowWeights = [Float](repeating: 0, count: tagCount)
            var largest: Float = 0
            for t in 0..<tagCount {
                let i = row * tagCount + t
                let total = totals[i] + Double(step - stamps[i]) * Double(weights[i])
                rowWeights[t] = Float(total / steps)
                largest = max(largest, abs(rowWeights[t]))
            }
            if largest >= minimumWeight {
                kept.append(feature)
                averaged += rowWeights
            }
        }
        return (kept, averaged)
    }
}
