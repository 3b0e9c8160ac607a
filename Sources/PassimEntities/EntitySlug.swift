/// Ids for names the gazetteer does not know, made from the name as the
/// gazetteer would write them: "John Foreman" → "john-foreman",
/// "Zaporizhia" → "zaporizhia", "AT&T" → "at-t".
package enum EntitySlug {
    package static func make(_ name: String) -> String {
        let folded = TokenFold.folded(name)
        var out: [UInt8] = []
        out.reserveCapacity(folded.count)
        var pendingDash = false
        var i = 0
        while i < folded.count {
            let byte = folded[i]
            let isAlnum = byte &- 0x30 < 10 || byte &- 0x61 < 26
            if isAlnum || byte >= 0x80 {
                if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(byte)
            } else if byte != UInt8(ascii: "'") && byte != UInt8(ascii: ".") {
                pendingDash = true  // "U.S." → "us", "O'Brien" → "obrien"
            }
            i += 1
        }
        return out.isEmpty ? "unnamed" : String(decoding: out, as: UTF8.self)
    }
}
