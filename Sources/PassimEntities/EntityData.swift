import Glibc
import PassimSupport

/// A problem finding or loading the entity data; one line, with the way out.
package struct EntityDataError: Error, CustomStringConvertible, Equatable, Sendable {
    package var message: String
    package init(message: String) { self.message = message }
    package var description: String { message }
}

/// Where the default entity data lives: a folder holding `gazetteer/*.tsv`
/// and `tagger/conll2003.weights` (either may be missing: no gazetteer names,
/// or no statistical tagger).
package struct EntityData: Sendable, Equatable {
    package var directory: String
    /// The gazetteer files in load order: places.tsv, actors.tsv, weapons.tsv, then any other .tsv by name.
    package var gazetteerPaths: [String]
    /// The tagger's weights, when the folder has them.
    package var taggerWeightsPath: String?

    static let weightsFile = "tagger/conll2003.weights"
    static let firstFiles = ["places.tsv", "actors.tsv", "weapons.tsv"]

    /// The data folder: $PASSIM_DATA; else `<executable's folder>/../share/passim`; else the
    /// `data` folder of the nearest folder, from the executable's up, that has `data/gazetteer` or `data/tagger`
    /// (so a build in `.build/release` finds the repository's data).
    package static func locate(environment: String? = FileSystem.environment("PASSIM_DATA"),
                              executable: String? = executablePath()) throws(EntityDataError) -> EntityData {
        if let environment, !environment.isEmpty {
            guard isDataFolder(environment) else {
                throw EntityDataError(message: "$PASSIM_DATA is \(environment), which has no gazetteer/ or tagger/ folder; point it at a folder with gazetteer/*.tsv")
            }
            return at(environment)
        }
        guard let executable else {
            throw EntityDataError(message: "cannot tell where passim is installed; set $PASSIM_DATA to a folder with gazetteer/*.tsv")
        }
        var folder = FileSystem.parent(of: executable)
        let share = folder + "/../share/passim"
        if isDataFolder(share) { return at(FileSystem.absolute(share)) }
        while true {
            if isDataFolder(folder + "/data") { return at(folder + "/data") }
            let parent = FileSystem.parent(of: folder)
            if parent == folder || parent.isEmpty { break }
            folder = parent
        }
        throw EntityDataError(message: "no entity data found (looked at $PASSIM_DATA, \(share), and data/ above \(FileSystem.parent(of: executable))); set $PASSIM_DATA to a folder with gazetteer/*.tsv")
    }

    private static func isDataFolder(_ path: String) -> Bool {
        FileSystem.kind(of: path + "/gazetteer") == .directory || FileSystem.kind(of: path + "/tagger") == .directory
    }

    /// The data in `directory`.
    package static func at(_ directory: String) -> EntityData {
        let files = FileSystem.entries(of: directory + "/gazetteer").filter { $0.hasSuffix(".tsv") }.sorted()
        let ordered = firstFiles.filter(files.contains) + files.filter { !firstFiles.contains($0) }
        let weights = directory + "/" + weightsFile
        return EntityData(directory: directory,
                          gazetteerPaths: ordered.map { directory + "/gazetteer/" + $0 },
                          taggerWeightsPath: FileSystem.kind(of: weights) == .file ? weights : nil)
    }

    /// This process's executable, from /proc/self/exe.
    package static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
