import Xapian
import PassimEntities
import PassimSupport

/// The entity recogniser an indexing run uses, and the index's synonyms kept
/// in step with its gazetteer: Passim's data files, the user's files the
/// index remembers (and any added now), and `gazetteer.tsv` in the index folder.
package struct EntitySetup {
    /// Nil when the data cannot be found: the run indexes without entities.
    package var recognizer: EntityRecognizer?
    /// Why there is no recogniser, for the user.
    package var problem: String?
    /// The gazetteer differs from the one the index was tagged with.
    package var changed = false

    /// The user's own gazetteer, if they put one in the index folder.
    package static func localGazetteer(of index: String) -> String { index + "/gazetteer.tsv" }

    package init(index: String, shards: [WritableDatabase], adding: [String], force: Bool = false) throws {
        var users = try shards[0].reader.metadata(IndexSchema.userGazetteersKey).split(separator: "\n").map(String.init)
        for path in adding.map(FileSystem.absolute) where !users.contains(path) { users.append(path) }
        var files = users
        if FileSystem.kind(of: Self.localGazetteer(of: index)) == .file { files.append(Self.localGazetteer(of: index)) }
        let data: EntityData
        do { data = try EntityData.locate() } catch {
            problem = "not tagged: \(error.message)"
            return
        }
        do {
            recognizer = try EntityRecognizer(data: data, extraGazetteers: files)
        } catch {
            throw PassimError.usage(error.message)
        }
        do {
            // The variant rules make synonyms too: a change of rules rewrites them.
            var fingerprint = "v\(NameVariants.rulesVersion) "
            for path in data.gazetteerPaths + files {
                fingerprint += String(FNV1a.hash(Array((FileSystem.readText(path) ?? "").utf8)), radix: 16) + " "
            }
            if let weights = data.taggerWeightsPath {
                fingerprint += String(FNV1a.hash(Array((FileSystem.readText(weights) ?? "").utf8)), radix: 16)
            }
            let recorded = try shards[0].reader.metadata(IndexSchema.gazetteerKey)
            if force || recorded != fingerprint, let recognizer {
                changed = true
                for (index, shard) in shards.enumerated() {
                    if index == 0 { try EntitySynonyms.write(recognizer.gazetteer, into: shard) } else { try shard.clearSynonyms() }
                    try shard.setMetadata(fingerprint, forKey: IndexSchema.gazetteerKey)
                    try shard.setMetadata(users.joined(separator: "\n"), forKey: IndexSchema.userGazetteersKey)
                    try shard.commit()
                }
            }
        }
    }
}
