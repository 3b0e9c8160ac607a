/// One article file, read and ready to be cut into passages.
package struct ArticleContent: Sendable {
    package var extracted: ExtractedText
    /// Never empty; falls back to the file name.
    package var title: String
    /// "YYYY-MM-DD": the date the article states (its format's metadata, its
    /// file name or folders, a dateline at its top), else its file's modification day.
    package var date: String?
    /// Where `date` comes from.
    package var dateSource: DateSource
    package var encoding: TextEncoding
    /// The file was larger than `Tuning.maxFileBytes` and only its start was read.
    package var truncated: Bool
    /// FNV-1a of the bytes read, to tell a touched file from a changed one.
    package var contentHash: UInt64

    package init(extracted: ExtractedText, title: String, date: String?, dateSource: DateSource = .metadata,
                encoding: TextEncoding, truncated: Bool, contentHash: UInt64) {
        self.dateSource = dateSource
        self.contentHash = contentHash
        self.extracted = extracted
        self.title = title
        self.date = date
        self.encoding = encoding
        self.truncated = truncated
    }
}

/// Where an article's date comes from, most trusted first; the raw value is
/// `date_source` in `passim search --json`.
package enum DateSource: String, Sendable, CaseIterable {
    /// The folder's `dates.tsv`, where the user states the dates (see `SidecarDates`).
    case sidecar
    /// The format's own metadata: HTML meta or JSON-LD, front matter, Org,
    /// reStructuredText or EPUB fields, a PDF's CreationDate.
    case metadata
    /// The file's name or its folders (`2022-06-23-slug.md`, `2022/06/23/…`).
    case name
    /// A dateline at the top of the text ("Friday 21 November 2014 10:13").
    case dateline
    /// The file's modification time, for want of a stated date.
    case modified

    /// Whether the article states its date (anything but the file's time).
    package var isStated: Bool { self != .modified }
}

/// The encoding a file was decoded from.
package enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"
    /// An HTML page in another charset it declares (Shift_JIS, KOI8-R…),
    /// converted by libxml2.
    case declaredByPage = "charset declared by the page"
}
