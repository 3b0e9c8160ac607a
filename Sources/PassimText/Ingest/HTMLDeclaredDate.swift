import CLibXML2

/// The publication date a page declares for itself: in a `<meta>` tag
/// (`article:published_time`, `date`, `DC.date`, `og:…`), in
/// `<time itemprop="datePublished">`, or in JSON-LD (`"datePublished"` in
/// `<script type="application/ld+json">`). Publishers often carry several;
/// the most specific valid one wins.
package struct HTMLDeclaredDate {
    /// Meta names, properties and itemprops that carry the publication date,
    /// most specific first; JSON-LD ranks just after the first.
    package static let metaKeys = [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "pubdate",
        "publishdate", "publish-date", "publication_date", "og:pubdate", "sailthru.date", "parsely-pub-date",
    ]
    package static let jsonLDRank = 1
    /// JSON-LD keys for the date, most specific first.
    package static let jsonLDKeys = ["\"datePublished\"", "\"dateCreated\""]
    /// JSON-LD beyond this is not read for a date.
    package static let maxJSONLDBytes = 1 << 18

    /// "YYYY-MM-DD", or nil when the page declares no valid date.
    package private(set) var date: String?
    private var rank = Int.max

    /// An element's start: `<meta>` and `<time>` may declare the date.
    package mutating func element(_ name: String, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard name == "meta" || name == "time", var pair = attributes else { return }
        var key: String?
        var value: String?
        var isPubdate = false
        while let attribute = pair[0] {
            let attributeName = String(cString: attribute).lowercased()
            let attributeValue = pair[1].map { String(cString: $0) }
            switch attributeName {
            case "name", "property", "itemprop", "http-equiv":
                if let attributeValue, key.map({ Self.metaKeys.firstIndex(of: $0) == nil }) ?? true {
                    key = attributeValue.lowercased()
                }
            case "content" where name == "meta", "datetime" where name == "time":
                value = attributeValue
            case "pubdate":
                isPubdate = true
            default:
                break
            }
            pair += 2
        }
        if isPubdate, key == nil { key = "pubdate" }
        guard let key, let value, var keyRank = Self.metaKeys.firstIndex(of: key) else { return }
        if keyRank >= Self.jsonLDRank { keyRank += 1 }
        offer(value, rank: keyRank)
    }

    /// The text of a JSON-LD script.
    package mutating func jsonLD(_ bytes: [UInt8]) {
        for (index, key) in Self.jsonLDKeys.enumerated() {
            if let value = Self.stringValue(of: Array(key.utf8), in: bytes) {
                offer(value, rank: Self.jsonLDRank + index * 100)
                return
            }
        }
    }

    private mutating func offer(_ value: String, rank candidate: Int) {
        guard candidate < rank else { return }
        let bytes = Array(value.utf8)
        guard let found = DateFinder.firstDate(in: bytes, bytes.indices) else { return }
        date = found
        rank = candidate
    }

    /// The string after the first `key` followed by a colon, unescaped only
    /// as far as a date needs (none of its characters are escaped in JSON).
    package static func stringValue(of key: [UInt8], in bytes: [UInt8]) -> String? {
        guard key.count <= bytes.count else { return nil }
        var start = 0
        while start + key.count <= bytes.count {
            guard bytes[start] == key[0], bytes[start..<(start + key.count)].elementsEqual(key) else {
                start += 1
                continue
            }
            var cursor = start + key.count
            while cursor < bytes.count, TextBytes.isWhitespace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else { start += 1; continue }
            cursor += 1
            while cursor < bytes.count, TextBytes.isWhitespace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { start += 1; continue }
            cursor += 1
            let valueStart = cursor
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "\""), cursor - valueStart < 100 { cursor += 1 }
            return String(decoding: bytes[valueStart..<cursor], as: UTF8.self)
        }
        return nil
    }
}
