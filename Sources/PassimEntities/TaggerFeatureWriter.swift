/// Writes the tagger's features as they are computed, at a pointer with room
/// for `TaggerFeatures.maximumCount`: no array to grow or check per feature,
/// on the path every capitalised word of every text takes.
struct FeatureWriter {
    let out: UnsafeMutablePointer<UInt64>
    var count = 0

    /// A feature: its template (which fact it is) mixed with the fact's value.
    @inline(__always)
    mutating func add(_ template: UInt64, _ value: UInt64) {
        out[count] = TaggerFeatures.mix(template &* 0x9E37_79B9_7F4A_7C15, value)
        count += 1
    }

    /// FNV-1a of `bytes[range]`, as `TokenFold.hash` computes it.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            hash ^= UInt64(bytes[i])
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The folded word's prefixes and suffixes of 1 to 4 bytes, each when the word is longer.
    @inline(__always)
    mutating func addAffixes(_ folded: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) {
        var prefix: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 1...4 where word.count > k {
            prefix ^= UInt64(folded[word.lowerBound + k - 1])
            prefix &*= 0x0000_0100_0000_01b3
            add(20 + UInt64(k), prefix)
            add(30 + UInt64(k), Self.hash(folded, word.upperBound - k..<word.upperBound))
        }
    }

    /// The gazetteer categories of token i and of its neighbours (±2) in the sentence of n tokens
    /// starting at `first`; token i's also with its short shape.
    @inline(__always)
    mutating func addGazetteer(_ bits: [TaggerFeatures.GazetteerBits], first: Int, _ i: Int, _ n: Int, shortShape: UInt64) {
        func add(offset: Int, template: UInt64) {
            let k = i + offset
            guard k >= 0, k < n else { return }
            var bits = bits[first + k]
            while bits != 0 {
                let bit = UInt64(bits.trailingZeroBitCount)
                self.add(template, bit)
                if offset == 0 { self.add(43, TaggerFeatures.mix(bit, shortShape)) }
                bits &= bits - 1
            }
        }
        add(offset: 0, template: 40)
        add(offset: -1, template: 41)
        add(offset: 1, template: 42)
        add(offset: -2, template: 44)
        add(offset: 2, template: 45)
    }
}
