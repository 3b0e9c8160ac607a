/// A retrievable unit of an article: a paragraph, a merge of short ones, or a
/// window of sentences from a long one.
public struct Passage: Sendable, Equatable {
    /// 0-based position among the article's passages.
    public var ordinal: Int
    /// The passage's words, with runs of white space collapsed to one space.
    public var text: String
    /// Bytes of the extracted text the passage spans.
    public var textRange: Range<Int>
    /// Bytes of the source file the passage spans.
    public var fileRange: Range<Int>
    /// 1-based line of the source file where the passage starts.
    public var line: Int
    /// 1-based page where the passage starts, for paged formats (PDF).
    public var page: Int?

    public init(ordinal: Int, text: String, textRange: Range<Int>, fileRange: Range<Int>, line: Int, page: Int? = nil) {
        self.page = page
        self.ordinal = ordinal
        self.text = text
        self.textRange = textRange
        self.fileRange = fileRange
        self.line = line
    }
}
