/// The text of a PDF, through poppler's `pdftotext`, with where each page begins.
package enum PDFText {
    /// pdftotext's output for the file (UTF-8, reading order), at most
    /// `Tuning.maxFileBytes` of it.
    package static func read(_ file: SourceFile) throws(IngestError) -> (bytes: [UInt8], truncated: Bool) {
        let arguments = ["-q", "-enc", "UTF-8", "-eol", "unix"].map { Array($0.utf8) }
            + [ExternalTool.operand(file.pathBytes), Array("-".utf8)]
        return try ExternalTool.pdftotext.output(arguments, shownAs: file.relativePath)
    }

    /// pdftotext ends each page with a form feed: each becomes a line break,
    /// so a page ends a paragraph, and the offsets where pages begin are
    /// returned (page 1 at 0). Offsets do not move.
    package static func markPages(_ text: inout [UInt8]) -> [Int] {
        var starts = [0]
        for index in text.indices where text[index] == formFeed {
            text[index] = TextBytes.newline
            if index + 1 < text.count { starts.append(index + 1) }
        }
        return starts
    }

    package static let formFeed: UInt8 = 0x0C
}
