import PassimSupport
/// Where an index lives. By default in `.passim/` inside the corpus folder;
/// `passim search` finds it the way git finds `.git`.
package enum IndexLocation {
    package static let folderName = ".passim"
    package static let environmentVariable = "PASSIM_INDEX"

    /// The default index of a corpus folder.
    package static func defaultPath(forCorpus folder: String) -> String {
        FileSystem.absolute(folder) + "/" + folderName
    }

    /// The index to search: `explicit` (--index) first, then $PASSIM_INDEX,
    /// then `.passim` in `directory` or its parents, then in exactly one of
    /// `directory`'s sub-folders (so `passim index seeds/` followed by
    /// `passim search …` in the same place just works).
    package static func find(explicit: String?, from directory: String) throws(PassimError) -> String {
        if let explicit { return FileSystem.absolute(explicit) }
        if let fromEnvironment = FileSystem.environment(environmentVariable), !fromEnvironment.isEmpty {
            return FileSystem.absolute(fromEnvironment)
        }
        var folder = FileSystem.absolute(directory)
        while true {
            let candidate = (folder == "/" ? "" : folder) + "/" + folderName
            if FileSystem.kind(of: candidate) == .directory { return candidate }
            if folder == "/" { break }
            folder = FileSystem.parent(of: folder)
        }
        let start = FileSystem.absolute(directory)
        let children = FileSystem.entries(of: start).compactMap { name -> String? in
            let candidate = start + "/" + name + "/" + folderName
            return name.hasPrefix(".") || FileSystem.kind(of: candidate) != .directory ? nil : candidate
        }
        if children.count == 1 { return children[0] }
        if children.count > 1 {
            let list = children.map { FileSystem.relative($0, to: start) }.joined(separator: ", ")
            throw PassimError.usage("several indexes here (\(list)); choose one with --index")
        }
        throw PassimError.noIndex(directory: start)
    }
}
