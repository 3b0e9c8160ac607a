/// FNV-1a, 64-bit: a hash that is the same on every run and machine (unlike
/// Swift's seeded `Hasher`), for ids and content fingerprints kept on disk.
package enum FNV1a {
    // Bytes in an array, not any sequence: a generic here was called
    // unspecialised from the other modules, through the iterator's witness
    // for every byte (5 % of indexing).
    package static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in buffer {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            return hash
        }
    }
}
