import Testing
import Xapian
@testable import PassimIndex

@Suite struct IndexHandleTests {
    @Test func anIndexOpensWithItsSchemaAndCorpusRoot() throws {
        let fixture = SearchFixture.shared
        let handle = try fixture.handle()
        #expect(handle.schema.version == IndexSchema.version)
        #expect(!handle.schema.corpusID.isEmpty)
        #expect(handle.corpusRoot == fixture.folder.path)
        // The corpus folder stands for its index.
        #expect(try IndexHandle(path: fixture.folder.path).corpusRoot == fixture.folder.path)
        #expect(handle.databaseCount >= 1)
    }

    @Test func aFolderThatIsNoIndexIsToldSo() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("a.txt", "text")
        #expect(throws: PassimError.notAnIndex(path: folder.path + "/missing")) {
            try IndexHandle(path: folder.path + "/missing")
        }
    }

    @Test func anotherSchemaVersionAsksForARebuild() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.write("a.txt", "Grain exports recovered in September.")
        _ = try Indexer(corpus: folder.path).run()
        let index = folder.path + "/.passim"
        for shard in try #require(IndexLayout.read(index)).shardPaths {
            let writable = try WritableDatabase(path: shard, create: false)
            try writable.setMetadata("3", forKey: IndexSchema.versionKey)
            try writable.commit()
        }
        #expect(throws: PassimError.schemaMismatch(path: index, found: "3")) {
            try IndexHandle(path: index)
        }
    }

    @Test func theStampIsReadTheSameWayForReadersAndTheWriter() throws {
        #expect(try SchemaStamp.read(at: "x") { _ in "" } == nil)
        #expect(throws: PassimError.schemaMismatch(path: "x", found: "1")) {
            try SchemaStamp.read(at: "x") { key in key == IndexSchema.versionKey ? "1" : "" }
        }
        let stamp = try SchemaStamp.read(at: "x") { key in
            key == IndexSchema.versionKey ? String(IndexSchema.version) : key == IndexSchema.rootKey ? "/news" : "c0ffee"
        }
        #expect(stamp == SchemaStamp(version: IndexSchema.version, corpusID: "c0ffee", storedRoot: "/news"))
    }
}
