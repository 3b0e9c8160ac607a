import Testing
import Xapian
@testable import PassimEntities
@testable import PassimIndex

/// Filters on what an entity is part or a kind of: `place:russia` admits a
/// passage naming only Kursk, `weapon:missile` one naming an Iskander, and
/// ranks by everything named below; facets count each named entity once
/// per passage.
@Suite struct EntityAncestorFilterTests {
    static let gazetteer: Gazetteer = try! Gazetteer(
        text: EntityFixtures.gazetteerText + "aircraft\tweapon\tclass\taircraft\t\tweapon\n", file: "fixture.tsv")

    func mention(_ id: String, _ kind: EntityKind, _ subkind: String = "", at start: Int = 0) -> EntityMention {
        EntityMention(id: id, kind: kind, subkind: subkind, name: Self.gazetteer.entity(id)?.name ?? id,
                      range: start..<(start + 1), alias: nil)
    }

    /// One document per list of mentions, with the gazetteer's synonyms.
    func database(_ folder: IngestFolder, _ passages: [[EntityMention]]) throws -> WritableDatabase {
        let db = try WritableDatabase(path: folder.path + "/db", create: true)
        let builder = try DocumentBuilder(gazetteer: Self.gazetteer)
        for (index, mentions) in passages.enumerated() {
            let document = try Document()
            try document.addBooleanTerm("Q\(index)")
            try document.addTerm("word", wdf: 1)
            try builder.addEntities(mentions, to: document)
            try db.add(document)
        }
        try EntitySynonyms.write(Self.gazetteer, into: db)
        try db.commit()
        return db
    }

    /// The passages (by their Q number) the query admits, in order.
    func matches(_ text: String, in db: WritableDatabase) throws -> [Int] {
        let parsed = try UserQuery.parse(text, database: db.reader, joining: false)
        var options = SearchOptions()
        options.limit = 100
        let results = try db.reader.search(parsed.query, options: options)
        return try (0..<results.count).map { Int(try results.hit($0).documentID) - 1 }.sorted()
    }

    @Test func anAncestorFilterAdmitsPassagesNamingOnlyWhatIsBelowIt() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        let db = try database(folder, [
            [mention("kursk", .place, "city")],
            [mention("russia", .place, "country"), mention("kursk", .place, "city", at: 5)],
            [mention("ukraine", .place, "country")],
            [mention("iskander", .weapon, "system")],
            [mention("russia", .actor, "state")],
            [mention("su-30sm", .weapon, "system")],
        ])
        #expect(try matches("place:russia", in: db) == [0, 1, 4])
        #expect(try matches("place:\"Kursk region\"", in: db) == [0, 1])
        #expect(try matches("weapon:missile", in: db) == [3])
        #expect(try matches("weapon:arms", in: db) == [3, 5])
        #expect(try matches("weapon:aircraft", in: db) == [5])
        #expect(try matches("place:russia -place:kursk", in: db) == [4])
        try db.close()
    }

    @Test func anAncestorFilterRanksByEverythingNamedBelowIt() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        let db = try database(folder, [
            [mention("russia", .place, "country")],
            [mention("kursk", .place, "city"), mention("kursk", .place, "city", at: 3),
             mention("kursk-oblast", .place, "region", at: 6)],
        ])
        let parsed = try UserQuery.parse("place:russia", database: db.reader, joining: false)
        var options = SearchOptions()
        options.limit = 10
        let results = try db.reader.search(try Ranking.ranked(parsed).combined(), options: options)
        // Three mentions within Russia outweigh one of Russia itself.
        #expect(results.count == 2)
        #expect(try results.hit(0).documentID == 2)
        #expect(try results.hit(0).weight > results.hit(1).weight)
        try db.close()
    }

    @Test func facetsCountEachNamedEntityOncePerPassage() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        let db = try database(folder, [
            [mention("kursk", .place, "city")],
            [mention("russia", .place, "country"), mention("kursk", .place, "city", at: 5),
             mention("russia", .place, "country", at: 9)],
            [mention("ukraine", .place, "country")],
        ])
        let parsed = try UserQuery.parse("place:russia", database: db.reader, joining: false)
        let counts = Dictionary(uniqueKeysWithValues: try EntityFacets.count(parsed.query, in: db.reader).map { ($0.id, $0.count) })
        #expect(counts == ["kursk": 2, "russia": 1])
        try db.close()
    }
}
