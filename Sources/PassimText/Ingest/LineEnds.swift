import Glibc

/// Old Mac line ends (a CR alone) read as newlines, so that a file written
/// with them has lines and paragraphs like any other.
package enum LineEnds {
    /// `bytes` with each CR that is not followed by LF made an LF. A CR is one
    /// byte like LF, so every offset into the file stays right; a file with
    /// no lone CR comes back unchanged, without a copy.
    package static func loneCarriageReturnsAsNewlines(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = firstLoneCarriageReturn(bytes) else { return bytes }
        var result = bytes
        for index in first..<result.count where result[index] == 0x0D {
            if index + 1 == result.count || result[index + 1] != 0x0A { result[index] = 0x0A }
        }
        return result
    }

    private static func firstLoneCarriageReturn(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { memory -> Int? in
            guard let base = memory.baseAddress else { return nil }
            var from = 0
            // memchr, not a Swift loop: most files have no CR or only CRLF.
            while from < memory.count, let found = memchr(base + from, 0x0D, memory.count - from) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + 1 == memory.count || memory[index + 1] != 0x0A { return index }
                from = index + 2
            }
            return nil
        }
    }
}
