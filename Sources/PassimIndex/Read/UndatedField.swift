extension UserQuery {
    /// `date:none` keeps the articles that state no date (dated by their
    /// file's time); `-date:none` leaves them out. Xapian's parser sees it as
    /// this internal boolean field, which the user cannot type.
    package static let undatedField = "passimdated"

    /// `text` with each `date:none` outside quotes written as the internal field.
    package static func undatedAsTerm(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let wanted = Array("date:none".utf8)
        let replacement = Array((undatedField + ":0").utf8)
        func isBoundary(_ j: Int) -> Bool {
            j < 0 || j >= bytes.count || bytes[j] <= 0x20 || bytes[j] == UInt8(ascii: "(") || bytes[j] == UInt8(ascii: ")")
                || bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+")
        }
        var out: [UInt8] = []
        var inQuotes = false
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, isBoundary(i - 1), i + wanted.count <= bytes.count, isBoundary(i + wanted.count),
               zip(bytes[i..<(i + wanted.count)], wanted).allSatisfy({ ($0 | 0x20) == $1 | 0x20 }) {
                out += replacement
                i += wanted.count
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
