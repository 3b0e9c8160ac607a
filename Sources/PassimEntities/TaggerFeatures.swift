import PassimText
/// The features the statistical tagger weighs for each token, as 64-bit
/// hashes: the word and its neighbours (±2), shapes, prefixes and suffixes,
/// capitals, position, the gazetteer names the token is part of, what the
/// article called the same word before, and the tags just predicted.
///
/// Training and tagging share this code, so a model and its features cannot
/// disagree; `version` goes into the weights file and must match.
package struct TaggerFeatures {
    package init() {}
    /// Changes whenever a feature is added, removed or computed differently.
    package static let version: UInt32 = 7

    /// Per-token facts of the prepared sentence.
    package private(set) var word: [UInt64] = []
    package private(set) var shape: [UInt64] = []
    package private(set) var shortShape: [UInt64] = []
    private var remembered: [UInt8] = []
    private var written: [UInt64] = []
    private var headline: UInt64 = 0
    private var text: EntityText?
    private var sentence: Range<Int> = 0..<0
    private var gazetteer: [GazetteerBits] = []

    /// Gazetteer categories a token can belong to (kind and subkind).
    package static let gazetteerCategories = [
        "actor/person", "actor/organisation", "actor/state", "weapon/class", "weapon/system",
        "place/country", "place/region", "place/city", "place/area",
    ]

    package static func gazetteerCategory(kind: EntityKind, subkind: String) -> Int? {
        gazetteerCategories.firstIndex(of: "\(kind.rawValue)/\(subkind)")
    }

    /// Bits of a token's gazetteer labels: category c at bit 3c (single-token name), 3c+1 (first of several), 3c+2 (later).
    package typealias GazetteerBits = UInt32

    /// True when token i cannot start a name, so after an O it is O without scoring: a word with no
    /// capital and no digit, or a mark. Names in news start with a capital (or a digit: "1860 Munich").
    package func cannotStartName(_ i: Int) -> Bool {
        guard let text else { return true }
        let flags = text.tokens[sentence.lowerBound + i].flags
        return !flags.contains(.hasCapital) && !flags.contains(.hasDigit)
    }

    /// Prepares the tokens `sentence` of `text` for `features(of:…)`.
    package mutating func prepare(_ text: EntityText, sentence: Range<Int>, gazetteer: [GazetteerBits], lexicon: TaggerLexicon,
                          history: (UInt64) -> UInt8) {
        word.removeAll(keepingCapacity: true)
        shape.removeAll(keepingCapacity: true)
        shortShape.removeAll(keepingCapacity: true)
        remembered.removeAll(keepingCapacity: true)
        written.removeAll(keepingCapacity: true)
        var words = 0, capitalWords = 0
        for t in sentence {
            let token = text.tokens[t]
            let (full, short) = Self.shapes(text, t)
            shape.append(full)
            shortShape.append(short)
            word.append(token.flags.contains(.hasDigit) ? Self.mix(0xD161, full) : text.hashes[t])
            if token.flags.contains(.hasLetter) {
                words += 1
                if token.flags.contains(.allCapitals) { capitalWords += 1 }
            }
            remembered.append(token.flags.contains(.hasCapital) ? history(text.hashes[t]) : 0)
            // Lower-case words are written lower case here; only the others need the lexicon.
            written.append(!token.flags.contains(.hasLetter) ? 7 : token.flags.contains(.hasCapital)
                           ? UInt64(lexicon.wordClass(text.hashes[t])) : 8)
        }
        headline = words >= 3 && capitalWords * 10 >= words * 8 ? 1 : 0
        self.text = text
        self.sentence = sentence
        self.gazetteer = gazetteer
    }

    /// All features of token i of the prepared sentence, given the two tags before it, into `out` (cleared first).
    package func features(of i: Int, previous: UInt8, beforePrevious: UInt8, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        guard let text else { return }
        let n = sentence.count
        let t = sentence.lowerBound + i
        let token = text.tokens[t]
        let boundary = Self.mix(0xB0D4, 0)
        func w(_ k: Int) -> UInt64 { i + k >= 0 && i + k < n ? word[i + k] : boundary }
        func s(_ k: Int) -> UInt64 { i + k >= 0 && i + k < n ? shortShape[i + k] : boundary }
        func add(_ template: UInt64, _ value: UInt64) { out.append(Self.mix(template &* 0x9E37_79B9_7F4A_7C15, value)) }
        add(1, 0)
        add(2, w(0))
        add(3, w(-1))
        add(4, w(1))
        add(5, w(-2))
        add(6, w(2))
        add(7, Self.mix(w(-1), w(0)))
        add(8, Self.mix(w(0), w(1)))
        add(9, shape[i])
        add(10, s(0))
        add(11, s(-1))
        add(12, s(1))
        add(13, Self.mix(Self.mix(s(-1), s(0)), s(1)))
        add(14, Self.mix(headline, s(0)))
        add(15, Self.mix(i == 0 ? 1 : 0, s(0)))
        add(16, Self.mix(w(-1), s(0)))
        add(17, Self.mix(s(0), w(1)))
        if token.flags.contains(.hasLetter), !token.flags.contains(.hasDigit) {
            let folded = text.foldedToken(t)
            let length = folded.count
            for k in 1...4 where length > k {
                add(20 + UInt64(k), TokenFold.hash(folded.prefix(k)))
                add(30 + UInt64(k), TokenFold.hash(folded.suffix(k)))
            }
        }
        for (offset, template) in [(0, 40), (-1, 41), (1, 42), (-2, 44), (2, 45)] as [(Int, UInt64)] {
            let k = i + offset
            guard k >= 0, k < n else { continue }
            var bits = gazetteer[sentence.lowerBound + k]
            while bits != 0 {
                let bit = UInt64(bits.trailingZeroBitCount)
                add(template, bit)
                if offset == 0 { add(43, Self.mix(bit, s(0))) }
                bits &= bits - 1
            }
        }
        if remembered[i] != 0 { add(50, UInt64(remembered[i])) }
        func c(_ k: Int) -> UInt64 { i + k >= 0 && i + k < n ? written[i + k] : 9 }
        add(51, c(0))
        add(52, Self.mix(headline, c(0)))
        add(53, Self.mix(i == 0 ? 1 : 0, c(0)))
        add(54, Self.mix(c(0), c(1)))
        add(55, Self.mix(c(-1), c(0)))
        add(56, Self.mix(c(0), s(0)))
        for k in [-1, 1] where i + k >= 0 && i + k < n {
            let neighbour = text.foldedToken(t + k)
            if neighbour.count > 3, text.tokens[t + k].flags.contains(.hasLetter) {
                add(57 + UInt64(k + 1), TokenFold.hash(neighbour.suffix(3)))
            }
        }
        dynamic(i, previous: previous, beforePrevious: beforePrevious, into: &out)
    }

    /// The features of token i of the sentence that depend on the two tags before it.
    package func dynamic(_ i: Int, previous: UInt8, beforePrevious: UInt8, into out: inout [UInt64]) {
        let p = UInt64(previous), pp = UInt64(beforePrevious)
        out.append(Self.mix(60 &* 0x9E37_79B9_7F4A_7C15, p))
        out.append(Self.mix(61 &* 0x9E37_79B9_7F4A_7C15, p << 8 | pp))
        out.append(Self.mix(62 &* 0x9E37_79B9_7F4A_7C15, Self.mix(p, word[i])))
        out.append(Self.mix(63 &* 0x9E37_79B9_7F4A_7C15, Self.mix(p, shortShape[i])))
    }

    /// A full shape ("Xxxx-dd", runs cut to 4) and a short one ("Xx-d", runs cut to 1), hashed.
    package static func shapes(_ text: EntityText, _ t: Int) -> (full: UInt64, short: UInt64) {
        let token = text.tokens[t]
        var full: UInt64 = 0xcbf2_9ce4_8422_2325
        var short: UInt64 = full
        var last: UInt8 = 0
        var run = 0
        var length = 0
        text.bytes.withUnsafeBufferPointer { buffer in
            let prose = ProseBytes(buffer)
            var i = token.start
            while i < token.end, length < 24 {
                let byte = buffer[i]
                var symbol: UInt8
                var width = 1
                if byte &- 0x41 < 26 { symbol = UInt8(ascii: "X") }
                else if byte &- 0x61 < 26 { symbol = UInt8(ascii: "x") }
                else if byte &- 0x30 < 10 { symbol = UInt8(ascii: "d") }
                else if byte < 0x80 { symbol = byte }
                else {
                    width = EntityTokenizer.charWidth(prose, i, token.end)
                    if prose.capitalWidth(at: i) > 0 { symbol = UInt8(ascii: "X") }
                    else if EntityTokenizer.isWordChar(prose, i, token.end) { symbol = UInt8(ascii: "x") }
                    else if EntityTokenizer.apostropheWidth(prose, i, token.end) != nil { symbol = UInt8(ascii: "'") }
                    else if byte == 0xE2, width == 3, buffer[i + 1] == 0x80, buffer[i + 2] >= 0x9C, buffer[i + 2] <= 0x9F {
                        symbol = UInt8(ascii: "\"")
                    }
                    else if byte == 0xE2, width == 3, buffer[i + 1] == 0x80, buffer[i + 2] >= 0x90, buffer[i + 2] <= 0x94 {
                        symbol = UInt8(ascii: "-")
                    }
                    else { symbol = UInt8(ascii: "p") }
                }
                i += width
                length += 1
                if symbol == last { run += 1 } else { run = 1 }
                if run <= 4 {
                    full ^= UInt64(symbol)
                    full &*= 0x0000_0100_0000_01b3
                }
                if run == 1 {
                    short ^= UInt64(symbol)
                    short &*= 0x0000_0100_0000_01b3
                }
                last = symbol
            }
        }
        return (full, short)
    }

    /// Mixes two 64-bit values into one (splitmix64 finaliser over their combination).
    @inline(__always)
    package static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}

extension TaggerFeatures {
    /// Each token's gazetteer bits, from the names found in the text.
    package static func gazetteerBits(_ text: EntityText, matches: [GazetteerNames.Match], gazetteer: Gazetteer?) -> [GazetteerBits] {
        var bits = [GazetteerBits](repeating: 0, count: text.count)
        guard let gazetteer else { return bits }
        for match in matches {
            for aliasIndex in match.aliases {
                let entity = gazetteer.entities[Int(gazetteer.names.aliases[Int(aliasIndex)].entity)]
                guard let category = gazetteerCategory(kind: entity.kind, subkind: entity.subkind) else { continue }
                let base = GazetteerBits(category * 3)
                if match.tokens.count == 1 {
                    bits[match.tokens.lowerBound] |= 1 << base
                } else {
                    bits[match.tokens.lowerBound] |= 1 << (base + 1)
                    for t in match.tokens.dropFirst() { bits[t] |= 1 << (base + 2) }
                }
            }
        }
        return bits
    }
}
