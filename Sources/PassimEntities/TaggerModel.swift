import Glibc
import PassimText

/// The weights of the statistical tagger, looked up by feature hash.
///
/// File format (little-endian; `data/tagger/conll2003.weights`):
///
///     8 bytes   magic "PSMTAGGR"
///     UInt32    format version (1)
///     UInt32    feature version (TaggerFeatures.version at training)
///     UInt32    T, the number of tags
///     UInt32    N, the number of features
///     Float32   scale: a weight is its Int16 times scale
///     T times   UInt8 length + ASCII tag name ("O", "B-PER", …)
///     N times   UInt64 feature hash, ascending
///     N×T times Int16 weight, feature by feature
///     UInt32    L, the number of lexicon words
///     L times   UInt64 folded-word hash (ascending) + UInt8 class (TaggerLexicon)
package struct TaggerModel: Sendable {
    package static let magic = Array("PSMTAGGR".utf8)
    package static let formatVersion: UInt32 = 2

    package let tagNames: [String]
    package let featureCount: Int
    package let lexicon: TaggerLexicon
    private let table: TaggerWeightTable

    package static let maximumFeatures = (1 << 20) - 2

    package var tagCount: Int { tagNames.count }

    /// A model from features and their quantised weights (rows of tagCount each).
    package init(tagNames: [String], features: [UInt64], weights: [Int16], lexicon: TaggerLexicon) {
        precondition(features.count <= Self.maximumFeatures, "too many tagger features")
        self.tagNames = tagNames
        self.lexicon = lexicon
        featureCount = features.count
        table = TaggerWeightTable(features: features, weights: weights, tagCount: tagNames.count)
    }

    /// Adds the weights of `features` to `scores` (tagCount of them); scores are in units of the
    /// file's scale, which changes no argmax.
    package func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        table.score(features, into: scores)
    }

    // MARK: the file

    package struct FormatError: Error, CustomStringConvertible {
        package var description: String
    }

    /// The file's bytes for features and weights, quantised to Int16.
    package static func encode(tagNames: [String], features: [UInt64], weights: [Float], lexicon: TaggerLexicon) -> [UInt8] {
        precondition(features.count <= maximumFeatures, "too many tagger features; raise --min-weight")
        let order = features.indices.sorted { features[$0] < features[$1] }
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        var out = magic
        func put32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        put32(formatVersion)
        put32(TaggerFeatures.version)
        put32(UInt32(tagNames.count))
        put32(UInt32(features.count))
        put32(scale.bitPattern)
        for name in tagNames {
            out.append(UInt8(name.utf8.count))
            out += name.utf8
        }
        out.reserveCapacity(out.count + features.count * (8 + 2 * tagNames.count))
        for index in order { withUnsafeBytes(of: features[index].littleEndian) { out += $0 } }
        let tags = tagNames.count
        for index in order {
            for t in 0..<tags {
                let q = Int16(clamping: Int((weights[index * tags + t] / scale).rounded()))
                withUnsafeBytes(of: q.littleEndian) { out += $0 }
            }
        }
        put32(UInt32(lexicon.count))
        for (hash, wordClass) in lexicon.sorted {
            withUnsafeBytes(of: hash.littleEndian) { out += $0 }
            out.append(wordClass)
        }
        return out
    }

    /// Reads a weights file's bytes.
    package static func decode(_ bytes: [UInt8]) throws(FormatError) -> TaggerModel {
        var offset = 0
        func need(_ n: Int) throws(FormatError) {
            guard offset + n <= bytes.count else { throw FormatError(description: "the file is cut short") }
        }
        func get32() throws(FormatError) -> UInt32 {
            try need(4)
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(bytes[offset + k]) << (8 * k) }
            offset += 4
            return v
        }
        try need(8)
        guard Array(bytes[0..<8]) == magic else { throw FormatError(description: "not a passim tagger weights file") }
        offset = 8
        let format = try get32()
        guard format == formatVersion else { throw FormatError(description: "weights format \(format), this passim reads \(formatVersion)") }
        let featureVersion = try get32()
        guard featureVersion == TaggerFeatures.version else {
            throw FormatError(description: "trained for tagger features v\(featureVersion), this passim computes v\(TaggerFeatures.version); retrain with passim-train-tagger")
        }
        let tags = Int(try get32())
        let count = Int(try get32())
        guard count <= maximumFeatures else { throw FormatError(description: "\(count) features, more than this passim takes") }
        _ = try get32()  // the scale: scores need no unit
        var names: [String] = []
        for _ in 0..<tags {
            try need(1)
            let length = Int(bytes[offset])
            offset += 1
            try need(length)
            names.append(String(decoding: bytes[offset..<offset + length], as: UTF8.self))
            offset += length
        }
        try need(count * 8 + count * tags * 2)
        var features = [UInt64](repeating: 0, count: count)
        var weights = [Int16](repeating: 0, count: count * tags)
        bytes.withUnsafeBytes { raw in
            for i in 0..<count {
                features[i] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + i * 8, as: UInt64.self))
            }
            let base = offset + count * 8
            for i in 0..<count * tags {
                weights[i] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: base + i * 2, as: Int16.self))
            }
        }
        offset += count * 8 + count * tags * 2
        let words = Int(try get32())
        try need(words * 9)
        var classes: [UInt64: UInt8] = [:]
        classes.reserveCapacity(words)
        bytes.withUnsafeBytes { raw in
            for i in 0..<words {
                let at = offset + i * 9
                classes[UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))] = raw[at + 8]
            }
        }
        return TaggerModel(tagNames: names, features: features, weights: weights, lexicon: TaggerLexicon(classes: classes))
    }

    /// Reads the weights file at `path`.
    package static func load(path: String) throws(FormatError) -> TaggerModel {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(Array(path.utf8), shownAs: path, limit: 512 << 20).bytes
        } catch {
            throw FormatError(description: "\(error)")
        }
        return try decode(bytes)
    }
}
