/// Reads one article file: bytes, text, title and date.
public enum ArticleReader {
    /// Reads, decodes and extracts one file. Throws for files that cannot be
    /// read, are binary, empty, or have no visible text.
    public static func read(_ file: SourceFile) throws(IngestError) -> ArticleContent {
        let (bytes, truncated) = try FileBytes.read(file.pathBytes, shownAs: file.relativePath, limit: Tuning.maxFileBytes)
        return try extract(bytes, truncated: truncated, format: file.format, path: file.relativePath,
                           baseName: file.baseName)
    }

    /// Decodes and extracts the bytes of a file already read; `path` names it
    /// in errors, `baseName` is the title of last resort.
    public static func extract(_ bytes: [UInt8], truncated: Bool = false, format: SourceFormat, path: String,
                               baseName: String) throws(IngestError) -> ArticleContent {
        guard !TextBytes.isBlank(bytes) else { throw .empty(path: path) }
        let decoded = try TextDecoder.decode(bytes, path: path, truncated: truncated)

        let extracted: ExtractedText
        let encoding: TextEncoding
        var statedDate: String?
        switch format {
        case .text:
            extracted = ExtractedText(text: decoded.text, sourceMap: decoded.sourceMap)
            encoding = decoded.encoding
        case .markdown:
            let article = MarkdownExtractor.extract(decoded)
            extracted = article.extracted
            encoding = decoded.encoding
            // The front matter's date is the author's own statement of it.
            statedDate = article.frontMatterDate.flatMap { value in
                let bytes = Array(value.utf8)
                return DateFinder.firstDate(in: bytes, bytes.indices)
            }
        case .html:
            (extracted, encoding) = HTMLExtractor.extract(bytes, decoded: decoded)
        }
        guard !TextBytes.isBlank(extracted.text) else { throw .noText(path: path) }

        let title = TitleFinder.title(declared: extracted.declaredTitle, text: extracted.text, fileName: baseName)
        let date = statedDate ?? DateFinder.date(in: extracted.text)
        return ArticleContent(extracted: extracted, title: title, date: date, encoding: encoding, truncated: truncated,
                              contentHash: FNV1a.hash(bytes))
    }
}
