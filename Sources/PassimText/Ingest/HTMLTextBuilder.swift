/// Builds the visible text of an HTML page from its parse events: drops what
/// a reader never sees, puts a blank line between blocks and collapses white
/// space inside them.
package struct HTMLTextBuilder {
    /// What an element means for the text.
    package enum Role {
        /// Starts and ends a paragraph.
        case block
        /// Never shown: scripts, styles, navigation, embedded objects.
        case skipped
        /// Only its `<title>` counts.
        case head
        case title
        /// A block whose first occurrence is the title of last resort.
        case heading1
        /// Flows inside a paragraph.
        case inline
    }

    package static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for name in ["address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
                     "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                     "footer", "form", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
                     "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
                     "tfoot", "th", "thead", "tr", "ul"] {
            roles[name] = .block
        }
        for name in ["script", "style", "nav", "noscript", "template", "svg", "iframe", "object"] {
            roles[name] = .skipped
        }
        roles["head"] = .head
        roles["title"] = .title
        roles["h1"] = .heading1
        return roles
    }()

    /// An anchor in the coordinates of the buffer the parser read.
    package struct BufferAnchor {
        package var textOffset: Int
        package var bufferOffset: Int
        package var line: Int
    }

    private struct OpenElement {
        package var name: String
        package var role: Role
        package var hides: Bool
    }

    package private(set) var text: [UInt8] = []
    package private(set) var anchors: [BufferAnchor] = []
    private var open: [OpenElement] = []
    private var hiddenDepth = 0
    private var headDepth = 0
    private var titleDepth = 0
    private var heading1Depth = 0
    /// A block began or ended since the last visible text.
    private var breakPending = false
    private var spacePending = false
    private var title: [UInt8] = []
    /// A page with several `<title>`s keeps the first.
    private var titleDone = false
    private var heading1: [UInt8] = []
    private var heading1Start = 0

    /// An element starts; `hidden` when its attributes hide it.
    package mutating func start(_ name: String, hidden: Bool) {
        let role = Self.roles[name] ?? .inline
        let element = OpenElement(name: name, role: role, hides: hidden || role == .skipped)
        open.append(element)
        if element.hides { hiddenDepth += 1 }
        switch role {
        case .head: headDepth += 1
        case .title: titleDepth += 1
        case .heading1:
            heading1Depth += 1
            if heading1Depth == 1 { heading1Start = text.count }
        default: break
        }
        if role != .inline { breakPending = true }
    }

    /// An element ends; elements left open inside it end with it, and an end
    /// with no matching start is ignored.
    package mutating func end(_ name: String) {
        guard let index = open.lastIndex(where: { $0.name == name }) else { return }
        while open.count > index {
            let element = open.removeLast()
            if element.hides { hiddenDepth -= 1 }
            switch element.role {
            case .head: headDepth -= 1
            case .title:
                titleDepth -= 1
                titleDone = !TextBytes.isBlank(title)
            case .heading1:
                heading1Depth -= 1
                if heading1Depth == 0, heading1.isEmpty {
                    let range = TextBytes.trimmed(text, min(heading1Start, text.count)..<text.count)
                    heading1 = Array(text[range])
                }
            default: break
            }
            if element.role != .inline { breakPending = true }
        }
    }

    /// A run of decoded text starting at `bufferOffset` on `line`. Its words get
    /// exact offsets, except in a run that came from an entity.
    package mutating func characters(_ run: UnsafeBufferPointer<UInt8>, bufferOffset: Int, line: Int) {
        guard hiddenDepth == 0 else { return }
        if titleDepth > 0 {
            if !titleDone { title.append(contentsOf: run) }
            return
        }
        guard headDepth == 0 else { return }

        var newlines = 0
        var anchorNext = true
        var index = 0
        while index < run.count {
            let byte = run[index]
            let isNoBreakSpace = byte == 0xC2 && index + 1 < run.count && run[index + 1] == 0xA0
            if TextBytes.isWhitespace(byte) || isNoBreakSpace {
                if byte == TextBytes.newline { newlines += 1 }
                // Anything but one plain space between words shifts the text
                // against the file: resynchronise after it.
                if byte != TextBytes.space || (index > 0 && TextBytes.isWhitespace(run[index - 1])) { anchorNext = true }
                if let last = text.last, last != TextBytes.newline { spacePending = true }
                index += isNoBreakSpace ? 2 : 1
                continue
            }
            if breakPending {
                if !text.isEmpty { text.append(contentsOf: [TextBytes.newline, TextBytes.newline]) }
                breakPending = false
                spacePending = false
            } else if spacePending {
                text.append(TextBytes.space)
                spacePending = false
            }
            if anchorNext, TextBytes.startsCharacter(byte) {
                anchors.append(BufferAnchor(textOffset: text.count, bufferOffset: bufferOffset + index, line: line + newlines))
                anchorNext = false
            }
            text.append(byte)
            index += 1
        }
    }

    /// `<title>`, else the first `<h1>`, white space collapsed; nil when neither has text.
    package var declaredTitle: String? {
        for candidate in [title, heading1] {
            let words = TextBytes.collapsingWhitespace(candidate, candidate.indices)
            if !words.isEmpty { return String(decoding: words, as: UTF8.self) }
        }
        return nil
    }
}

extension HTMLTextBuilder {
    /// The finished text; `fileOffset` turns a buffer offset (and its line)
    /// into a file offset.
    package func extracted(fileOffset: (_ bufferOffset: Int, _ line: Int) -> Int) -> ExtractedText {
        var map = SourceMap(anchors: [])
        for anchor in anchors {
            map.append(SourceMap.Anchor(textOffset: anchor.textOffset,
                                        fileOffset: fileOffset(anchor.bufferOffset, anchor.line),
                                        line: anchor.line))
        }
        return ExtractedText(text: text, sourceMap: map, declaredTitle: declaredTitle)
    }
}
