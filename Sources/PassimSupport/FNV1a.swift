/// FNV-1a, 64-bit: a hash that is the same on every run and machine (unlike
/// Swift's seeded `Hasher`), for ids and content fingerprints kept on disk.
package enum FNV1a {
    package static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
