import Foundation
import Testing

/// A PDF's CreationDate, through pdfinfo, as its metadata date.
@Suite struct PDFDateTests {
    static let canReadPDFs = installed("pdfinfo") != nil && installed("pdftotext") != nil

    /// A one-page PDF written by hand (pdfinfo and pdftotext rebuild its missing cross-reference table).
    static func pdf(creationDate: String) -> String {
        """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
        4 0 obj << /Length 60 >> stream
        BT /F1 12 Tf 72 720 Td (The harbour reopened today.) Tj ET
        endstream endobj
        5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
        6 0 obj << /Title (Harbour) /CreationDate (\(creationDate)) >> endobj
        trailer << /Root 1 0 R /Info 6 0 R >>
        %%EOF

        """
    }

    @Test(.enabled(if: canReadPDFs, "needs pdfinfo and pdftotext (scripts/deps installs poppler-utils)"))
    func aPDFIsDatedByItsCreationDateUnlessImplausibleOrTheSidecarSaysOtherwise() throws {
        let corpus = try Corpus(copyingSeeds: false)
        try corpus.write("made.pdf", Self.pdf(creationDate: "D:20190809103000+02'00'"))
        try corpus.write("2021-05-06-old.pdf", Self.pdf(creationDate: "D:18500101000000Z"))
        try corpus.write("stated.pdf", Self.pdf(creationDate: "D:20190809103000Z"))
        try corpus.write("dates.tsv", "stated.pdf\t2001-02-03\n")
        let index = try passim(["index", "."], in: corpus.url)
        #expect(index.status == 0 && index.stderr.contains("3 added"), "\(index.stderr)")
        var dates: [String: String] = [:]
        for object in try jsonObjects(try passim(["search", "harbour", "--json"], in: corpus.url)) {
            dates[object["path"] as? String ?? ""] = "\(object["date"] ?? "-") \(object["date_source"] ?? "-")"
        }
        #expect(dates == [
            "made.pdf": "2019-08-09 metadata", "2021-05-06-old.pdf": "2021-05-06 name", "stated.pdf": "2001-02-03 sidecar",
        ])
    }
}
