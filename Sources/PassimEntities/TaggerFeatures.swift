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
    private var flags: [EntityToken.Flags] = []
    private var remembered: [UInt8] = []
    private var written: [UInt64] = []
    private var headline: UInt64 = 0
    /// The folded tokens of the text (EntityText.folded, .foldedBounds) and where the sentence starts.
    private var folded: [UInt8] = []
    private var foldedBounds: [Int] = []
    private var first = 0
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
    @inline(__always)
    package func cannotStartName(_ i: Int) -> Bool {
        i >= flags.count || !flags[i].contains(.hasCapital) && !flags[i].contains(.hasDigit)
    }

    /// Prepares the tokens `sentence` of `text` for `features(of:…)`.
    package mutating func prepare(_ text: EntityText, sentence: Range<Int>, gazetteer: [GazetteerBits], lexicon: TaggerLexicon,
                          history: (UInt64) -> UInt8) {
        word.removeAll(keepingCapacity: true)
        shape.removeAll(keepingCapacity: true)
        shortShape.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        remembered.removeAll(keepingCapacity: true)
        written.removeAll(keepingCapacity: true)
        var words = 0, capitalWords = 0
        for t in sentence {
            let token = text.tokens[t]
            let (full, short) = Self.shapes(text, t)
            shape.append(full)
            shortShape.append(short)
            flags.append(token.flags)
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
        folded = text.folded
        foldedBounds = text.foldedBounds
        first = sentence.lowerBound
        self.gazetteer = gazetteer
    }

    /// The most features a token can have: 38, and six per gazetteer bit of it and its neighbours.
    package static let maximumCount = 38 + 6 * 32

    /// All features of token i of the prepared sentence, given the two tags before it, into `out` (cleared first).
    package func features(of i: Int, previous: UInt8, beforePrevious: UInt8, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        guard i < word.count else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.maximumCount) { buffer in
            let count = features(of: i, previous: previous, beforePrevious: beforePrevious, writingTo: buffer.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Writes the features of token i (as above) at `out`, room for `maximumCount`; returns how many.
    /// (Not named `into:`: an `&array` argument would then be taken for a pointer to its storage.)
    package func features(of i: Int, previous: UInt8, beforePrevious: UInt8, writingTo out: UnsafeMutablePointer<UInt64>) -> Int {
        var f = FeatureWriter(out: out)
        let n = word.count
        let boundary = Self.mix(0xB0D4, 0)
        func w(_ k: Int) -> UInt64 { i + k >= 0 && i + k < n ? word[i + k] : boundary }
        func s(_ k: Int) -> UInt64 { i + k >= 0 && i + k < n ? shortShape[i + k] : boundary }
        func c(_ k: Int) -> UInt64 { i + k >= 0 && i + k < n ? written[i + k] : 9 }
        f.add(1, 0)
        f.add(2, w(0))
        f.add(3, w(-1))
        f.add(4, w(1))
        f.add(5, w(-2))
        f.add(6, w(2))
        f.add(7, Self.mix(w(-1), w(0)))
        f.add(8, Self.mix(w(0), w(1)))
        f.add(9, shape[i])
        f.add(10, s(0))
        f.add(11, s(-1))
        f.add(12, s(1))
        f.add(13, Self.mix(Self.mix(s(-1), s(0)), s(1)))
        f.add(14, Self.mix(headline, s(0)))
        f.add(15, Self.mix(i == 0 ? 1 : 0, s(0)))
        f.add(16, Self.mix(w(-1), s(0)))
        f.add(17, Self.mix(s(0), w(1)))
        folded.withUnsafeBufferPointer { folded in
            if flags[i].contains(.hasLetter), !flags[i].contains(.hasDigit) {
                f.addAffixes(folded, foldedBounds[first + i]..<foldedBounds[first + i + 1])
            }
            f.addGazetteer(gazetteer, first: first, i, n, shortShape: s(0))
            if remembered[i] != 0 { f.add(50, UInt64(remembered[i])) }
            f.add(51, c(0))
            f.add(52, Self.mix(headline, c(0)))
            f.add(53, Self.mix(i == 0 ? 1 : 0, c(0)))
            f.add(54, Self.mix(c(0), c(1)))
            f.add(55, Self.mix(c(-1), c(0)))
            f.add(56, Self.mix(c(0), s(0)))
            func addNeighbourSuffix(_ k: Int) {
                guard i + k >= 0, i + k < n else { return }
                let end = foldedBounds[first + i + k + 1]
                if end - foldedBounds[first + i + k] > 3, flags[i + k].contains(.hasLetter) {
                    f.add(57 + UInt64(k + 1), FeatureWriter.hash(folded, end - 3..<end))
                }
            }
            addNeighbourSuffix(-1)
            addNeighbourSuffix(1)
        }
        f.count += dynamic(i, previous: previous, beforePrevious: beforePrevious, writingTo: out + f.count)
        return f.count
    }

    /// Writes the 4 features of token i that depend on the two tags before it at `out`; returns 4.
    @inline(__always)
    package func dynamic(_ i: Int, previous: UInt8, beforePrevious: UInt8, writingTo out: UnsafeMutablePointer<UInt64>) -> Int {
        var f = FeatureWriter(out: out)
        let p = UInt64(previous), pp = UInt64(beforePrevious)
        f.add(60, p)
        f.add(61, p << 8 | pp)
        f.add(62, Self.mix(p, word[i]))
        f.add(63, Self.mix(p, shortShape[i]))
        return f.count
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
