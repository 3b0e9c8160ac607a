/// File line numbers for text offsets visited in increasing order, counting
/// each newline once: `SourceMap.line(at:in:)` counts from its anchor on every
/// call, which is quadratic over a long file with few anchors. Same answers.
package struct SourceLineCursor {
    private let anchors: [SourceMap.Anchor]
    private var anchorIndex = 0
    private var offset: Int
    private var line: Int

    package init(_ map: SourceMap) {
        anchors = map.anchors
        offset = anchors[0].textOffset
        line = anchors[0].line
    }

    /// The 1-based file line of `textOffset`.
    package mutating func line(at textOffset: Int, in text: ProseBytes) -> Int {
        if textOffset < offset {  // went backwards: start over
            anchorIndex = 0
            offset = anchors[0].textOffset
            line = anchors[0].line
        }
        var next = anchorIndex + 1
        while next < anchors.count, anchors[next].textOffset <= textOffset { next += 1 }
        if next - 1 != anchorIndex {
            anchorIndex = next - 1
            offset = anchors[anchorIndex].textOffset
            line = anchors[anchorIndex].line
        }
        let end = min(textOffset, text.count)
        while offset < end {
            if text[offset] == UInt8(ascii: "\n") { line += 1 }
            offset += 1
        }
        return line
    }
}
