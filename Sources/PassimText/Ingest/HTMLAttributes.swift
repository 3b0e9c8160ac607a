import CLibXML2

/// Attributes that hide an element from a reader.
package enum HTMLAttributes {
    /// True for `hidden`, `aria-hidden="true"`, or a style of `display: none`
    /// or `visibility: hidden`. `attributes` is libxml2's NULL-terminated list
    /// of name, value pairs; a value is NULL for a bare attribute.
    package static func hide(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        guard var pair = attributes else { return false }
        while let name = pair[0] {
            let value = pair[1]
            if matches(name, "hidden") { return true }
            if matches(name, "aria-hidden"), let value, matches(value, "true") { return true }
            if matches(name, "style"), let value, styleHides(value) { return true }
            pair += 2
        }
        return false
    }

    /// The value of attribute `name` (lower case), trimmed; nil when absent or bare.
    package static func value(of name: String, in attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String? {
        guard var pair = attributes else { return nil }
        while let attribute = pair[0] {
            if matches(attribute, name), let value = pair[1] {
                let bytes = Array(UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
                return String(decoding: bytes[TextBytes.trimmed(bytes, bytes.indices)], as: UTF8.self)
            }
            pair += 2
        }
        return nil
    }

    /// `string` equals `word`, ignoring ASCII case and surrounding spaces.
    private static func matches(_ string: UnsafePointer<xmlChar>, _ word: String) -> Bool {
        var index = 0
        while TextBytes.isWhitespace(string[index]) { index += 1 }
        for byte in word.utf8 {
            guard TextBytes.lowercased(string[index]) == byte else { return false }
            index += 1
        }
        while TextBytes.isWhitespace(string[index]) { index += 1 }
        return string[index] == 0
    }

    private static func styleHides(_ style: UnsafePointer<xmlChar>) -> Bool {
        var declarations: [UInt8] = []
        var index = 0
        while style[index] != 0 {
            if !TextBytes.isWhitespace(style[index]) { declarations.append(TextBytes.lowercased(style[index])) }
            index += 1
        }
        return contains(declarations, "display:none") || contains(declarations, "visibility:hidden")
    }

    private static func contains(_ bytes: [UInt8], _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
