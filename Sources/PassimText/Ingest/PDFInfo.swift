/// A PDF's own date, through poppler's `pdfinfo`: its CreationDate, the
/// PDF's metadata for when the document was made.
package enum PDFInfo {
    package static let tool = ExternalTool(name: "pdfinfo", package: "poppler-utils")

    /// The day of the file's CreationDate; nil when pdfinfo is missing or
    /// fails, or the PDF states no plausible one (the text is still indexed).
    package static func creationDay(_ file: SourceFile) -> String? {
        guard tool.path != nil else { return nil }
        let arguments = [Array("-isodates".utf8), ExternalTool.operand(file.pathBytes)]
        guard let (output, _) = try? tool.output(arguments, shownAs: file.relativePath) else { return nil }
        return creationDay(inInfo: output)
    }

    /// The day of the "CreationDate:" line of pdfinfo's output
    /// ("CreationDate:    2019-08-09T10:30:00+02").
    package static func creationDay(inInfo output: [UInt8]) -> String? {
        let label = Array("CreationDate:".utf8)
        for line in output.split(separator: TextBytes.newline) where line.starts(with: label) {
            let value = Array(line.dropFirst(label.count))
            return DateFinder.firstDate(in: value, value.indices)
        }
        return nil
    }
}
