/// The readable text of one file, ready to be cut into passages.
package struct ExtractedText: Sendable {
    /// UTF-8 text. Paragraphs are separated by a blank line, or (as in
    /// newswire) begin with an indented line.
    package var text: [UInt8]
    /// Where the text came from in the file.
    package var sourceMap: SourceMap
    /// A title the format itself declares (HTML `<title>`, a Markdown `#`
    /// heading); nil when the format has none and the first line should serve.
    package var declaredTitle: String?
    /// A publication date the format itself declares, as written (HTML meta
    /// or JSON-LD, Markdown front matter, Org `#+DATE:`); nil when none.
    package var declaredDate: String?
    /// For paged formats (PDF): the text offset where each page begins, page 1
    /// first; empty when the format has no pages.
    package var pageStarts: [Int]

    package init(text: [UInt8], sourceMap: SourceMap = .identity, declaredTitle: String? = nil,
                declaredDate: String? = nil, pageStarts: [Int] = []) {
        self.text = text
        self.sourceMap = sourceMap
        self.declaredTitle = declaredTitle
        self.declaredDate = declaredDate
        self.pageStarts = pageStarts
    }

    /// The 1-based page holding text offset `offset`; nil when the text has no pages.
    package func page(at offset: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        var low = 0, high = pageStarts.count
        while low < high {
            let mid = (low + high) / 2
            if pageStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(1, low)
    }
}
