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

    public init(text: [UInt8], sourceMap: SourceMap = .identity, declaredTitle: String? = nil) {
        self.text = text
        self.sourceMap = sourceMap
        self.declaredTitle = declaredTitle
    }
}
