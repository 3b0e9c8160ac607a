/// What the tagger remembers of an article so far: the type it gave each
/// capitalised word, a strong hint for the word's next appearance (a headline
/// in capitals, a surname alone).
package struct TaggerMemory: Sendable {
    package init() {}
    /// Folded-word hash → 1…4 (the name type it was part of) or `seenOutside`.
    private var lastType = HashedMap<UInt8>()
    package static let seenOutside: UInt8 = 5

    package func recall(_ word: UInt64) -> UInt8 { lastType[word] ?? 0 }

    /// Remembers the tags given to the tokens `sentence` of `text`.
    package mutating func remember(_ text: EntityText, sentence: Range<Int>, tags: ArraySlice<UInt8>) {
        for (offset, tag) in tags.enumerated() {
            let t = sentence.lowerBound + offset
            let token = text.tokens[t]
            guard token.isCapitalised || token.flags.contains(.allCapitals) else { continue }
            if let type = TaggerTag.type(of: tag) {
                lastType[text.hashes[t]] = type.rawValue
            } else if offset > 0, token.isCapitalised, !token.flags.contains(.allCapitals) {
                lastType[text.hashes[t]] = Self.seenOutside
            }
        }
    }
}

/// Something that scores features: a trained model, or the weights being trained.
package protocol TaggerScorer {
    var tagCount: Int { get }
    var lexicon: TaggerLexicon { get }
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>)
}

extension TaggerModel: TaggerScorer {}

/// Greedy left-to-right BIO tagging with an averaged-perceptron model: each
/// token gets the best-scoring tag given its features and the two tags before
/// it — except that after an O, a token with no capital and no digit is O
/// without being scored (most tokens of prose, so tagging is fast).
package struct StatisticalTagger: Sendable {
    package let model: TaggerModel

    /// Tags for every token of `text` (0 where no sentence covers it). Never inlined, so that
    /// profiles show the tagger's share.
    @inline(never)
    package func tag(_ text: EntityText, sentences: [Range<Int>], gazetteer: [TaggerFeatures.GazetteerBits],
             memory: inout TaggerMemory) -> [UInt8] {
        var features = TaggerFeatures()
        var tags = [UInt8](repeating: 0, count: text.count)
        for sentence in sentences {
            Self.decode(text, sentence: sentence, gazetteer: gazetteer, memory: memory, scorer: model,
                        features: &features, into: &tags)
            memory.remember(text, sentence: sentence, tags: tags[sentence])
        }
        return tags
    }

    /// Greedy decoding of one sentence into `tags[sentence]`. A tag that would
    /// continue a name the previous token does not have (I-ORG after O) is not allowed.
    package static func decode(_ text: EntityText, sentence: Range<Int>, gazetteer: [TaggerFeatures.GazetteerBits],
                       memory: TaggerMemory, scorer: some TaggerScorer, features: inout TaggerFeatures,
                       into tags: inout [UInt8]) {
        features.prepare(text, sentence: sentence, gazetteer: gazetteer, lexicon: scorer.lexicon, history: memory.recall)
        var scores = [Float](repeating: 0, count: scorer.tagCount)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.maximumCount) { buffer in
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for i in 0..<sentence.count {
                if previous == 0, features.cannotStartName(i) {
                    tags[sentence.lowerBound + i] = 0
                    beforePrevious = 0
                    continue
                }
                let count = features.features(of: i, previous: previous, beforePrevious: beforePrevious, writingTo: buffer.baseAddress!)
                scores.withUnsafeMutableBufferPointer { scores in
                    for k in scores.indices { scores[k] = 0 }
                    scorer.score(UnsafeBufferPointer(rebasing: buffer[..<count]), into: scores)
                }
                let best = bestTag(scores, previous: previous)
                tags[sentence.lowerBound + i] = best
                beforePrevious = previous
                previous = best
            }
        }
    }

    /// The best tag that may follow `previous`.
    @inline(__always)
    package static func bestTag(_ scores: [Float], previous: UInt8) -> UInt8 {
        var best: UInt8 = 0
        var bestScore = -Float.infinity
        for t in 0..<scores.count {
            let tag = UInt8(t)
            if tag != 0, !TaggerTag.begins(tag), TaggerTag.type(of: previous) != TaggerTag.type(of: tag) { continue }
            if scores[t] > bestScore {
                bestScore = scores[t]
                best = tag
            }
        }
        return best
    }
}

