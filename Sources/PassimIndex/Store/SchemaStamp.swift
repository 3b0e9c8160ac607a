import Xapian

/// What an index's metadata says it is. Readers and the writer both check it
/// here, so they cannot disagree on what a Passim index of this schema is.
package struct SchemaStamp: Sendable, Equatable {
    /// The layout version the index was made with (`IndexSchema.version`).
    package var version: Int
    /// The random id the corpus was given when its index was made.
    package var corpusID: String
    /// The folder the index was made from, as recorded by the last run.
    package var storedRoot: String

    /// Reads the stamp through `metadata` (a database's metadata lookup).
    /// Nil when the database bears none: a new index, or not Passim's. An
    /// index of another schema version throws, with the command that rebuilds it.
    package static func read(at path: String, metadata: (String) throws(XapianError) -> String) throws(PassimError) -> SchemaStamp? {
        do {
            let version = try metadata(IndexSchema.versionKey)
            guard !version.isEmpty else { return nil }
            guard version == String(IndexSchema.version) else {
                throw PassimError.schemaMismatch(path: path, found: version)
            }
            return SchemaStamp(version: IndexSchema.version, corpusID: try metadata(IndexSchema.corpusKey),
                               storedRoot: try metadata(IndexSchema.rootKey))
        } catch let error as XapianError {
            throw PassimError(error, index: path)
        } catch let error as PassimError {
            throw error
        } catch {
            throw PassimError.index(path: path, detail: "\(error)")
        }
    }
}
