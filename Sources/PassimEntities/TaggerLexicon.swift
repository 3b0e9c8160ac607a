import PassimText
/// How each word is usually written in running news text — capitalised (a
/// name: "Japan") or lower case (a common word: "lucky") — counted on
/// unlabelled text when the tagger is trained and kept in its weights file.
/// It tells the tagger what a word in a headline in capitals ("JAPAN GET
/// LUCKY WIN") or at the start of a sentence would look like elsewhere.
package struct TaggerLexicon: Sendable {
    /// Classes of a word: 0 unknown, 1 nearly always lower case, 2 mostly lower case, 3 mostly capitalised,
    /// 4 nearly always capitalised.
    private var classes: HashedMap<UInt8>

    package init(classes: [UInt64: UInt8] = [:]) {
        var map = HashedMap<UInt8>(capacity: classes.count)
        for (hash, wordClass) in classes { map[hash] = wordClass }
        self.classes = map
    }

    /// The class of the word whose folded hash is `hash`.
    @inline(__always)
    package func wordClass(_ hash: UInt64) -> UInt8 { classes.count == 0 ? 0 : classes[hash] ?? 0 }

    package var count: Int { classes.count }

    /// Every word hash and its class, by hash.
    package var sorted: [(hash: UInt64, wordClass: UInt8)] {
        classes.entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Counts written forms in texts, then turns counts into classes.
    package struct Counter {
        package init() {}
        private var counts: [UInt64: (capitalised: Int32, lower: Int32)] = [:]

        /// Counts the words of `text` that do not start a sentence, capitalised or in lower case.
        package mutating func add(_ text: [UInt8]) {
            let tokens = text.withUnsafeBufferPointer { EntityTokenizer.tokens(in: ProseBytes($0), range: 0..<$0.count) }
            var folded: [UInt8] = []
            var startsSentence = true
            text.withUnsafeBufferPointer { buffer in
                let prose = ProseBytes(buffer)
                for token in tokens {
                    defer {
                        let byte = buffer[token.start]
                        startsSentence = !token.isWord && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!")
                            || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ":"))
                            || (startsSentence && !token.isWord)
                    }
                    if token.flags.contains(.blankLineBefore) { startsSentence = true }
                    guard token.isWord, !startsSentence, token.flags.contains(.hasLetter), !token.flags.contains(.hasDigit),
                          !token.flags.contains(.allCapitals) else { continue }
                    folded.removeAll(keepingCapacity: true)
                    TokenFold.fold(prose, token.start..<token.end, into: &folded)
                    let hash = TokenFold.hash(folded)
                    var count = counts[hash] ?? (0, 0)
                    if token.isCapitalised { count.capitalised += 1 } else { count.lower += 1 }
                    counts[hash] = count
                }
            }
        }

        /// The lexicon of words seen at least `minimumCount` times.
        package func lexicon(minimumCount: Int32 = 3) -> TaggerLexicon {
            var classes: [UInt64: UInt8] = [:]
            for (hash, count) in counts {
                let total = count.capitalised + count.lower
                guard total >= minimumCount else { continue }
                let share = Double(count.capitalised) / Double(total)
                classes[hash] = share < 0.1 ? 1 : share < 0.5 ? 2 : share < 0.9 ? 3 : 4
            }
            return TaggerLexicon(classes: classes)
        }
    }
}
