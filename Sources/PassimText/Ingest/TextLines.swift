/// The lines of a text, without their line breaks.
package struct TextLines: IteratorProtocol {
    package let text: [UInt8]
    /// Where the next line starts.
    package private(set) var offset = 0

    package init(_ text: [UInt8]) { self.text = text }

    package mutating func next() -> Range<Int>? {
        guard offset < text.count else { return nil }
        let start = offset
        var end = text[start...].firstIndex(of: TextBytes.newline) ?? text.count
        offset = min(end + 1, text.count)
        if end > start, text[end - 1] == TextBytes.carriageReturn { end -= 1 }
        return start..<end
    }
}
