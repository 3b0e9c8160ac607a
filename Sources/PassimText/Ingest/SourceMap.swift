/// Maps byte offsets in extracted text back to the source file: byte offset
/// and 1-based line. Extracted text differs from the file when it was decoded
/// from another encoding or pulled out of HTML; each anchor marks a point where
/// the two are known to line up, and between anchors they advance together.
package struct SourceMap: Sendable, Equatable {
    package struct Anchor: Sendable, Equatable {
        package var textOffset: Int
        package var fileOffset: Int
        package var line: Int
        package init(textOffset: Int, fileOffset: Int, line: Int) {
            self.textOffset = textOffset
            self.fileOffset = fileOffset
            self.line = line
        }
    }

    /// Sorted by `textOffset`; the first is at text offset 0.
    package private(set) var anchors: [Anchor]

    /// Text that is the file itself (UTF-8 files).
    package static let identity = SourceMap(anchors: [Anchor(textOffset: 0, fileOffset: 0, line: 1)])

    package init(anchors: [Anchor]) {
        self.anchors = anchors.isEmpty ? [Anchor(textOffset: 0, fileOffset: 0, line: 1)] : anchors
    }

    /// Adds an anchor; offsets must not go backwards.
    package mutating func append(_ anchor: Anchor) {
        if let last = anchors.last, last.textOffset == anchor.textOffset {
            anchors[anchors.count - 1] = anchor
        } else {
            anchors.append(anchor)
        }
    }

    /// The last anchor at or before `textOffset`.
    private func anchor(at textOffset: Int) -> Anchor {
        var low = 0, high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].textOffset <= textOffset { low = mid } else { high = mid - 1 }
        }
        return anchors[low]
    }

    /// The file offset of text offset `textOffset`.
    package func fileOffset(at textOffset: Int) -> Int {
        let a = anchor(at: textOffset)
        return a.fileOffset + (textOffset - a.textOffset)
    }

    /// The 1-based file line of text offset `textOffset`; newlines in `text`
    /// after the anchor count as lines.
    package func line(at textOffset: Int, in text: [UInt8]) -> Int {
        let a = anchor(at: textOffset)
        var line = a.line
        var i = a.textOffset
        let end = min(textOffset, text.count)
        while i < end {
            if text[i] == UInt8(ascii: "\n") { line += 1 }
            i += 1
        }
        return line
    }
}
