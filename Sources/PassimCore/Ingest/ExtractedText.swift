/// The readable text of one file, ready to be cut into passages.
public struct ExtractedText: Sendable {
    /// UTF-8 text. Paragraphs are separated by a blank line, or (as in
    /// newswire) begin with an indented line.
    public var text: [UInt8]
    /// Where the text came from in the file.
    public var sourceMap: SourceMap
    /// A title the format itself declares (HTML `<title>`, a Markdown `#`
    /// heading); nil when the format has none and the first line should serve.
    public var declaredTitle: String?
    /// A publication date the format itself declares, as written (HTML meta
    /// or JSON-LD, Markdown front matter, Org `#+DATE:`); nil when none.
    public var declaredDate: String?
    /// For paged formats (PDF): the text offset where each page begins, page 1
    /// first; empty when the format has no pages.
    public var pageStarts: [Int]

    public init(text: [UInt8], sourceMap: SourceMap = .identity, declaredTitle: String? = nil,
                declaredDate: String? = nil, pageStarts: [Int] = []) {
        self.text = text
        self.sourceMap = sourceMap
        self.declaredTitle = declaredTitle
        self.declaredDate = declaredDate
        self.pageStarts = pageStarts
    }

    /// The 1-based page holding text offset `offset`; nil when the text has no pages.
    public func page(at offset: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        var low = 0, high = pageStarts.count
        while low < high {
            let mid = (low + high) / 2
            if pageStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(1, low)
    }
}
