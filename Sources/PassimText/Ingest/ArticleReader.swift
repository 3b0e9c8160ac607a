import PassimSupport
/// Reads one article file: bytes, text, title and date.
package enum ArticleReader {
    /// Reads, decodes and extracts one file. Throws for files that cannot be
    /// read, are binary, empty, or have no visible text. An article that
    /// states no date is dated by its file's modification time, marked so.
    package static func read(_ file: SourceFile) throws(IngestError) -> ArticleContent {
        var content: ArticleContent
        switch file.format {
        case .pdf:
            let (bytes, truncated) = try PDFText.read(file)
            content = try extract(bytes, truncated: truncated, format: .pdf, path: file.relativePath,
                                  baseName: file.baseName)
            if file.statedDate == nil, let created = PDFInfo.creationDay(file) {
                (content.date, content.dateSource) = (created, .metadata)
            }
        case .epub:
            let (extracted, truncated) = try EPUBExtractor.read(file)
            content = try article(extracted, encoding: .utf8, truncated: truncated, hash: FNV1a.hash(extracted.text),
                                  path: file.relativePath, baseName: file.baseName)
        default:
            let (bytes, truncated) = try FileBytes.read(file.pathBytes, shownAs: file.relativePath, limit: Tuning.maxFileBytes)
            content = try extract(bytes, truncated: truncated, format: file.format, path: file.relativePath,
                                  baseName: file.baseName)
        }
        if let stated = file.statedDate {
            (content.date, content.dateSource) = (stated, .sidecar)
        } else if content.date == nil, let day = FileTimeDate.day(nanoseconds: file.modifiedNanoseconds) {
            content.date = day
            content.dateSource = .modified
        }
        return content
    }

    /// Decodes and extracts the bytes of a file already read (for a PDF,
    /// pdftotext's output); `path` names it in errors (and may carry its date), `baseName` is the
    /// title of last resort.
    package static func extract(_ bytes: [UInt8], truncated: Bool = false, format: SourceFormat, path: String,
                               baseName: String) throws(IngestError) -> ArticleContent {
        guard !TextBytes.isBlank(bytes) else { throw .empty(path: path) }
        var text = bytes
        let pageStarts = format == .pdf ? PDFText.markPages(&text) : []
        let decoded = try TextDecoder.decode(text, path: path, truncated: truncated)

        let extracted: ExtractedText
        var encoding = decoded.encoding
        switch format {
        case .text, .epub:
            extracted = ExtractedText(text: decoded.text, sourceMap: decoded.sourceMap)
        case .pdf:
            extracted = ExtractedText(text: decoded.text, sourceMap: decoded.sourceMap, pageStarts: pageStarts)
        case .markdown:
            extracted = MarkdownExtractor.extract(decoded).extracted
        case .restructuredText:
            extracted = RestructuredTextExtractor.extract(decoded)
        case .org:
            extracted = OrgExtractor.extract(decoded)
        case .html:
            (extracted, encoding) = HTMLExtractor.extract(bytes, decoded: decoded)
        }
        return try article(extracted, encoding: encoding, truncated: truncated, hash: FNV1a.hash(bytes), path: path,
                           baseName: baseName)
    }

    /// The article of an extracted text: its title, and its date by trust:
    /// what its format declares (the author's own statement of it), a date in
    /// its path, a dateline at its top.
    private static func article(_ extracted: ExtractedText, encoding: TextEncoding, truncated: Bool, hash: UInt64,
                                path: String, baseName: String) throws(IngestError) -> ArticleContent {
        guard !TextBytes.isBlank(extracted.text) else { throw .noText(path: path) }
        let title = TitleFinder.title(declared: extracted.declaredTitle, text: extracted.text, fileName: baseName)
        var content = ArticleContent(extracted: extracted, title: title, date: nil, encoding: encoding,
                                     truncated: truncated, contentHash: hash)
        let declared = extracted.declaredDate.flatMap { value in
            let bytes = Array(value.utf8)
            return DateFinder.firstDate(in: bytes, bytes.indices)
        }
        if let declared {
            (content.date, content.dateSource) = (declared, .metadata)
        } else if let named = FileNameDate.date(ofPath: Array(path.utf8)) {
            (content.date, content.dateSource) = (named, .name)
        } else if let dateline = DateFinder.date(in: extracted.text) {
            (content.date, content.dateSource) = (dateline, .dateline)
        }
        return content
    }
}
