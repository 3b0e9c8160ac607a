import PassimSupport
/// How an article file is written, known from its extension.
package enum SourceFormat: String, Sendable, CaseIterable {
    case text, markdown, html, restructuredText, org, pdf, epub

    /// Every extension (lower case, without the dot) an article may have:
    /// the one list the walker, the docs and the help go by.
    package static let byExtension: KeyValuePairs<String, SourceFormat> = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
        "xhtml": .html, "rst": .restructuredText, "org": .org, "pdf": .pdf, "epub": .epub,
    ]

    /// The format of a lowercased extension; nil when it is not an article type.
    package init?(lowercasedExtension ext: String) {
        guard let format = Self.byExtension.first(where: { $0.key == ext })?.value else { return nil }
        self = format
    }

    /// The program that turns a file of this format into text, if it needs one.
    package var tool: ExternalTool? {
        switch self {
        case .pdf: .pdftotext
        case .epub: .unzip
        default: nil
        }
    }

    /// A name for the files of this format, in messages.
    package var label: String {
        switch self {
        case .restructuredText: "reStructuredText"
        case .pdf, .epub: rawValue.uppercased()
        default: rawValue
        }
    }
}

/// One article file found by the walk.
package struct SourceFile: Sendable, Hashable {
    /// Path to open, exactly as the OS gave it (root joined with relative).
    package var pathBytes: [UInt8]
    /// Relative to the walked root, '/'-separated.
    package var relativeBytes: [UInt8]
    /// As text, every byte kept even when the name is not UTF-8 (see
    /// `PathText`). Made when asked: a walk of a million files need not
    /// keep a second copy.
    package var relativePath: String { PathText.text(relativeBytes) }
    package var format: SourceFormat
    package var size: Int64
    /// Modification time, nanoseconds since the epoch.
    package var modifiedNanoseconds: Int64
    /// The day the folder's `dates.tsv` gives it, which wins over every other date.
    package var statedDate: String?

    package init(pathBytes: [UInt8], relativeBytes: [UInt8], format: SourceFormat, size: Int64, modifiedNanoseconds: Int64) {
        self.pathBytes = pathBytes
        self.relativeBytes = relativeBytes
        self.format = format
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The file name without its folder or extension, the title of last resort.
    package var baseName: String {
        let name = relativeBytes.lastIndex(of: UInt8(ascii: "/")).map { relativeBytes[($0 + 1)...] } ?? relativeBytes[...]
        let stem = name.lastIndex(of: UInt8(ascii: ".")).flatMap { $0 > name.startIndex ? name[..<$0] : nil } ?? name
        return String(decoding: stem, as: UTF8.self)
    }
}
