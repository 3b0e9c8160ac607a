/// A map from 64-bit hashes (keys that are already well mixed) to small
/// values: open addressing with linear probing. Several times faster than
/// `Dictionary`, which hashes its keys again with SipHash, on the lookups
/// made for every token.
package struct HashedMap<Value>: Sendable where Value: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    package private(set) var count = 0

    package init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so the key 0 is stored as 1.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    package subscript(key: UInt64) -> Value? {
        get {
            let key = Self.stored(key)
            return values[slot(of: key)]
        }
        set {
            let key = Self.stored(key)
            var index = slot(of: key)
            guard let newValue else {
                precondition(keys[index] == 0, "HashedMap does not remove keys")
                return
            }
            if keys[index] == 0 {
                if (count + 1) * 2 > keys.count {
                    grow()
                    index = slot(of: key)
                }
                keys[index] = key
                count += 1
            }
            values[index] = newValue
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (i, key) in oldKeys.enumerated() where key != 0 {
            let index = slot(of: key)
            keys[index] = key
            values[index] = oldValues[i]
        }
    }

    /// Every key and value, in no particular order.
    package var entries: [(key: UInt64, value: Value)] {
        keys.indices.compactMap { keys[$0] == 0 ? nil : (keys[$0], values[$0]!) }
    }
}
