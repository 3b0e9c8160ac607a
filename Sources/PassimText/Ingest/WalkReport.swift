/// What a walk of a folder found.
package struct WalkReport: Sendable {
    /// Article files, sorted by relative path bytes.
    package var files: [SourceFile]
    /// Entries that could not be walked or were refused, sorted by path.
    package var skipped: [SkippedFile]
    /// Files not of an article type, counted by lowercased extension ("" for none).
    package var ignoredByExtension: [String: Int]
    /// Symbolic links that lead out of the walked folder, left alone.
    package var linksLeavingRoot = 0

    package init(files: [SourceFile] = [], skipped: [SkippedFile] = [], ignoredByExtension: [String: Int] = [:]) {
        self.files = files
        self.skipped = skipped
        self.ignoredByExtension = ignoredByExtension
    }
}

/// An entry the walk left out, with a one-line reason.
package struct SkippedFile: Sendable, Equatable {
    /// Relative to the walked root, shown on one line.
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
