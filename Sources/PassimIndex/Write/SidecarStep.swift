import PassimText

/// The planning step that applies the folder's `dates.tsv` (see
/// `SidecarDates`): each walked file takes the day its entry states, and the
/// sidecar itself is not counted among the files left out.
package enum SidecarStep {
    /// Sets `statedDate` on the walk's files that the sidecar dates; returns
    /// its warnings, one line each. Without a sidecar, touches nothing.
    package static func apply(folder: String, to walk: inout WalkReport) -> [String] {
        // A folder of a million files need not make a set of paths it will not use.
        guard SidecarDates.path(in: folder) != nil else { return [] }
        let paths = Set(walk.files.map(\.relativePath))
        guard let sidecar = SidecarDates.read(folder: folder, isArticle: paths.contains) else { return [] }
        // The walker counts it as a file of an unknown type; it is the folder's own.
        if let count = walk.ignoredByExtension["tsv"] {
            walk.ignoredByExtension["tsv"] = count > 1 ? count - 1 : nil
        }
        if !sidecar.dates.isEmpty {
            for index in walk.files.indices {
                walk.files[index].statedDate = sidecar.dates[walk.files[index].relativePath]
            }
        }
        return sidecar.warnings
    }
}
