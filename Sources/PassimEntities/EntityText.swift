import PassimText
/// A text cut into tokens, each with its folded form and that form's hash:
/// what gazetteer matching, the statistical tagger and the rules all read.
package struct EntityText {
    package let bytes: [UInt8]
    package let tokens: [EntityToken]
    /// The folded forms of all tokens, one after another; token i is folded[foldedBounds[i]..<foldedBounds[i+1]].
    package let folded: [UInt8]
    package let foldedBounds: [Int]
    /// FNV-1a of each folded token.
    package let hashes: [UInt64]

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var bounds: [Int] = [0]
        var hashes: [UInt64] = []
        let tokens = bytes.withUnsafeBufferPointer { buffer in
            let text = ProseBytes(buffer)
            let tokens = EntityTokenizer.tokens(in: text, range: 0..<buffer.count)
            bounds.reserveCapacity(tokens.count + 1)
            hashes.reserveCapacity(tokens.count)
            for token in tokens {
                let start = folded.count
                TokenFold.fold(text, token.start..<token.end, into: &folded)
                bounds.append(folded.count)
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for i in start..<folded.count {
                    hash ^= UInt64(folded[i])
                    hash &*= 0x0000_0100_0000_01b3
                }
                hashes.append(hash)
            }
            return tokens
        }
        self.tokens = tokens
        self.folded = folded
        self.foldedBounds = bounds
        self.hashes = hashes
        cues = hashes.map(EntityCues.lists(ofHash:))
    }

    package var count: Int { tokens.count }

    /// The folded form of token `i`.
    package func foldedToken(_ i: Int) -> ArraySlice<UInt8> { folded[foldedBounds[i]..<foldedBounds[i + 1]] }

    /// True when token `i` folds to `bytes`.
    package func token(_ i: Int, foldsTo bytes: [UInt8]) -> Bool {
        let slice = foldedToken(i)
        return slice.count == bytes.count && slice.elementsEqual(bytes)
    }

    /// The cue lists of each token (EntityCues).
    package let cues: [EntityCues.Lists]

    /// True when token `i` exists and is on one of `lists`.
    package func token(_ i: Int, is lists: EntityCues.Lists) -> Bool {
        i >= 0 && i < tokens.count && !cues[i].isDisjoint(with: lists)
    }

    /// The text of tokens `range`, as written.
    package func string(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }

    /// The byte range of tokens `range`.
    package func byteRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }
}
