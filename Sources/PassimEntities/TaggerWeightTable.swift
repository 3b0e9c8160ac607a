import Glibc

/// The tagger's weights in memory, laid out for lookups by feature hash: an
/// open-addressing table whose slot holds a feature's key and its row of
/// weights together, 32 bytes for 9 tags, so a feature found costs one cache
/// line. The weights (1.4 MB) and keys (1 MB) of the shipped model do not fit
/// the L2 cache; scoring a token is a wait on memory more than arithmetic.
final class TaggerWeightTable: @unchecked Sendable {  // immutable after init
    /// A slot is `stride` bytes: `tagCount` Int16 weights, padding, then the UInt64 key at `keyOffset`.
    private let slots: UnsafeMutableRawPointer
    private let stride: Int
    private let keyOffset: Int
    private let mask: Int
    let tagCount: Int
    /// One bit per value of a feature hash's low 20 bits: most features of a text are not in the
    /// model, and this 128 KB filter turns them away without touching the larger table.
    private let present: UnsafeMutablePointer<UInt64>

    /// A key is the feature hash's high 44 bits with the low bit set (0 = empty slot); the low
    /// 20 bits are the filter's.
    private static let highMask: UInt64 = ~((1 << 20) - 1)
    static let presentWords = 1 << 14

    /// A table of `features` and their weights (rows of tagCount each). A feature goes into the
    /// first free slot from its home on, in row order.
    init(features: [UInt64], weights: [Int16], tagCount: Int) {
        self.tagCount = tagCount
        keyOffset = (2 * tagCount + 7) & ~7
        var stride = 8
        while stride < keyOffset + 8 { stride <<= 1 }  // a power of two: a slot never straddles cache lines
        self.stride = stride
        var capacity = 16
        while capacity < features.count + features.count / 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = Self.allocate(byteCount: capacity * stride)
        present = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.presentWords)
        present.initialize(repeating: 0, count: Self.presentWords)
        weights.withUnsafeBufferPointer { weights in
            for (row, feature) in features.enumerated() {
                present[Int(feature >> 6) & (Self.presentWords - 1)] |= 1 << (feature & 63)
                var slot = Self.home(feature) & mask
                while key(at: slot) != 0 { slot = (slot + 1) & mask }
                let base = slots + slot * stride
                base.storeBytes(of: feature & Self.highMask | 1, toByteOffset: keyOffset, as: UInt64.self)
                let row = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(weights)[row * tagCount * 2..<(row + 1) * tagCount * 2])
                base.copyMemory(from: row.baseAddress!, byteCount: row.count)
            }
        }
    }

    /// Zeroed memory on huge pages where the kernel grants them: lookups land anywhere in the
    /// table, and 4 KB pages would cost a TLB miss on most of them.
    private static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        let hugePage = 2 << 20
        let size = (byteCount + hugePage - 1) / hugePage * hugePage
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, hugePage, size) == 0, let memory else { fatalError("out of memory for the tagger's weights") }
        _ = madvise(memory, size, MADV_HUGEPAGE)
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        return memory
    }

    deinit {
        free(slots)
        present.deallocate()
    }

    @inline(__always)
    private static func home(_ feature: UInt64) -> Int { Int(truncatingIfNeeded: feature >> 20) }

    @inline(__always)
    private func key(at slot: Int) -> UInt64 { slots.load(fromByteOffset: slot * stride + keyOffset, as: UInt64.self) }

    @inline(__always)
    private func mayHave(_ feature: UInt64) -> Bool {
        present[Int(feature >> 6) & (Self.presentWords - 1)] & (1 << (feature & 63)) != 0
    }

    /// Adds the weights of `features` to `scores` (tagCount of them), in units of the file's scale.
    ///
    /// In three passes, so that the waits on memory overlap: the filter picks the features that may
    /// be in the table, then their home slots are read one after another with nothing depending on
    /// the reads, then the probes finish (mostly at home) and their weights are added.
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { candidates in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { homeKeys in
                var count = 0
                for feature in features {  // without a branch: which features pass is unpredictable
                    candidates[count] = feature
                    count &+= mayHave(feature) ? 1 : 0
                }
                for j in 0..<count { homeKeys[j] = key(at: Self.home(candidates[j]) & mask) }
                for j in 0..<count {
                    let high = candidates[j] & Self.highMask | 1
                    var slot = Self.home(candidates[j]) & mask
                    var found = homeKeys[j]
                    while found != 0 {
                        if found == high {
                            add(slot, into: scores)
                            break
                        }
                        slot = (slot + 1) & mask
                        found = key(at: slot)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func add(_ slot: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        let row = slots + slot * stride
        for t in 0..<tagCount { scores[t] += Float(row.load(fromByteOffset: 2 * t, as: Int16.self)) }
    }
}
