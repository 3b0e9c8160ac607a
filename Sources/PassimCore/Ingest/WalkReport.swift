/// What a walk of a folder found.
public struct WalkReport: Sendable {
    /// Article files, sorted by relative path bytes.
    public var files: [SourceFile]
    /// Entries that could not be walked or were refused, sorted by path.
    public var skipped: [SkippedFile]
    /// Files not of an article type, counted by lowercased extension ("" for none).
    public var ignoredByExtension: [String: Int]

    public init(files: [SourceFile] = [], skipped: [SkippedFile] = [], ignoredByExtension: [String: Int] = [:]) {
        self.files = files
        self.skipped = skipped
        self.ignoredByExtension = ignoredByExtension
    }
}

/// An entry the walk left out, with a one-line reason.
public struct SkippedFile: Sendable, Equatable {
    /// Relative to the walked root, shown on one line.
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
