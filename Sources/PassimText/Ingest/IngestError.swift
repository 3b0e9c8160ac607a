import PassimSupport
/// Why a folder could not be walked or a file could not be read. Each
/// description is one line that names the path and the reason.
package enum IngestError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The folder to index does not exist.
    case rootNotFound(String)
    /// The path to index is a file or something else, not a folder.
    case rootNotAFolder(String)
    /// The folder exists but cannot be listed.
    case rootUnreadable(path: String, reason: String)
    /// The file could not be opened or read; `reason` is the system's word.
    case unreadable(path: String, reason: String)
    /// The file holds NUL bytes or mostly control characters.
    case binary(path: String, reason: String)
    /// The file is text in an encoding Passim does not read (UTF-16, UTF-32).
    case unsupportedEncoding(path: String, encoding: String)
    /// The file has nothing but white space.
    case empty(path: String)
    /// The file has markup but no visible text.
    case noText(path: String)
    /// Reading the format needs a program that is not installed.
    case toolMissing(path: String, tool: String, package: String)
    /// The program that reads the format failed on the file, or ran too long.
    case toolFailed(path: String, tool: String, reason: String)

    package var description: String { "\(Self.oneLine(path)): \(reason)" }

    /// The path the error is about.
    package var path: String {
        switch self {
        case .rootNotFound(let path), .rootNotAFolder(let path), .rootUnreadable(let path, _),
             .unreadable(let path, _), .binary(let path, _), .unsupportedEncoding(let path, _),
             .empty(let path), .noText(let path), .toolMissing(let path, _, _), .toolFailed(let path, _, _):
            return path
        }
    }

    /// What went wrong, without the path.
    package var reason: String {
        switch self {
        case .rootNotFound:
            return "no such folder"
        case .rootNotAFolder:
            return "not a folder; give passim a folder of articles"
        case .rootUnreadable(_, let reason):
            return "cannot list the folder (\(reason))"
        case .unreadable(_, let reason):
            return "cannot read (\(reason)), skipped"
        case .binary(_, let reason):
            return "binary file (\(reason)), skipped"
        case .unsupportedEncoding(_, let encoding):
            return "\(encoding) text is not supported, save it as UTF-8; skipped"
        case .empty:
            return "empty file, skipped"
        case .noText:
            return "no visible text, skipped"
        case .toolMissing(_, let tool, let package):
            return "reading it needs \(tool), which is not installed (Debian: apt install \(package)); skipped"
        case .toolFailed(_, let tool, let reason):
            return "\(tool) failed: \(reason); skipped"
        }
    }

    /// The file was read and holds nothing to index (empty, binary, an
    /// encoding not read, no visible text): a verdict on its content, unlike
    /// a failure to read it, which may pass.
    package var isAboutContent: Bool {
        switch self {
        case .binary, .unsupportedEncoding, .empty, .noText: true
        default: false
        }
    }

    /// A path shown on one line and safe on a terminal: control characters
    /// (a newline or an ESC in a file name) and bytes that are not UTF-8
    /// become visible escapes.
    package static func oneLine(_ path: String) -> String { PathText.shown(path) }
}
