import PassimSupport

extension IndexLayout {
    /// What is missing from the index folder `path` that makes it unopenable
    /// as a whole — its shard list, or a shard the list names — or nil when
    /// it is complete, or not an index at all.
    package static func missingPart(of path: String) -> String? {
        if let layout = read(path) {
            let gone = layout.shards.filter { FileSystem.kind(of: path + "/" + $0) != .directory }
            guard !gone.isEmpty else { return nil }
            let names = gone.joined(separator: ", ")
            return "\(gone.count == 1 ? "shard" : "shards") \(names) listed in \(stubName) \(gone.count == 1 ? "is" : "are") missing"
        }
        let shards = FileSystem.entries(of: path).filter { $0.hasPrefix("shard-") }
        guard !shards.isEmpty, FileSystem.kind(of: path + "/" + stubName) == .missing else { return nil }
        return "its list of shards \(stubName) is missing, though the shard folders are there"
    }

    /// The error for an index that is missing a part, if it is.
    package static func damage(of path: String) -> PassimError? {
        missingPart(of: path).map { PassimError.indexCorrupt(path: path, detail: $0) }
    }
}
