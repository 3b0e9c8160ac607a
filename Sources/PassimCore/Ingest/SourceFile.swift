/// How an article file is written, known from its extension.
public enum SourceFormat: String, Sendable {
    case text, markdown, html

    /// The format of a lowercased extension (without the dot); nil when the
    /// extension is not an article type.
    init?(lowercasedExtension ext: String) {
        switch ext {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}

/// One article file found by the walk.
public struct SourceFile: Sendable, Hashable {
    /// Path to open, exactly as the OS gave it (root joined with relative).
    public var pathBytes: [UInt8]
    /// Relative to the walked root, '/'-separated.
    public var relativeBytes: [UInt8]
    /// For display; lossy (U+FFFD) when the name is not UTF-8.
    public var relativePath: String
    public var format: SourceFormat
    public var size: Int64
    /// Modification time, nanoseconds since the epoch.
    public var modifiedNanoseconds: Int64

    public init(pathBytes: [UInt8], relativeBytes: [UInt8], format: SourceFormat, size: Int64, modifiedNanoseconds: Int64) {
        self.pathBytes = pathBytes
        self.relativeBytes = relativeBytes
        self.relativePath = String(decoding: relativeBytes, as: UTF8.self)
        self.format = format
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The file name without its folder or extension, the title of last resort.
    var baseName: String {
        let name = relativeBytes.lastIndex(of: UInt8(ascii: "/")).map { relativeBytes[($0 + 1)...] } ?? relativeBytes[...]
        let stem = name.lastIndex(of: UInt8(ascii: ".")).flatMap { $0 > name.startIndex ? name[..<$0] : nil } ?? name
        return String(decoding: stem, as: UTF8.self)
    }
}
