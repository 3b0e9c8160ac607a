/// A retrievable unit of an article: a paragraph, a merge of short ones, or a
/// window of sentences from a long one.
package struct Passage: Sendable, Equatable {
    /// 0-based position among the article's passages.
    package var ordinal: Int
    /// The passage's words, with runs of white space collapsed to one space.
    package var text: String
    /// Bytes of the extracted text the passage spans.
    package var textRange: Range<Int>
    /// Bytes of the source file the passage spans.
    package var fileRange: Range<Int>
    /// 1-based line of the source file where the passage starts.
    package var line: Int
    /// 1-based page where the passage starts, for paged formats (PDF).
    package var page: Int?

    package init(ordinal: Int, text: String, textRange: Range<Int>, fileRange: Range<Int>, line: Int, page: Int? = nil) {
        self.page = page
        self.ordinal = ordinal
        self.text = text
        self.textRange = textRange
        self.fileRange = fileRange
        self.line = line
    }
}
