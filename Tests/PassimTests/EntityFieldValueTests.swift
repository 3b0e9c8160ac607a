import Testing
import Xapian
@testable import PassimEntities
@testable import PassimIndex

/// `actor:`, `weapon:` and `place:` values: normalised, plurals tried
/// singular, names through the synonym table, ids as terms.
@Suite struct EntityFieldValueTests {
    /// A database naming the drone weapon, Ukraine, the two Kursks and a weapon "ga".
    func database(_ folder: IngestFolder) throws -> WritableDatabase {
        let db = try WritableDatabase(path: folder.path + "/db", create: true)
        let doc = try Document()
        for term in ["XIWdrone", "XIPukraine", "XIPkursk", "XIPkursk-oblast"] { try doc.addBooleanTerm(term) }
        try db.add(doc)
        try db.addSynonym("XIWdrone", forKey: "~weapon:drone")
        try db.addSynonym("XIPukraine", forKey: "~place:ukrainian")
        try db.addSynonym("XIPkursk-oblast", forKey: "~place:kursk")
        try db.addSynonym("XIPkursk-oblast", forKey: "~place:kursk region")
        try db.addSynonym("XIWga", forKey: "~weapon:ga")
        return db
    }

    func terms(_ raw: String, _ kind: EntityKind, _ db: WritableDatabase) throws -> [String]? {
        try EntityFieldValue.query(for: raw, kind: kind, in: db.reader)?.terms()
    }

    @Test func valuesAreLowerCasedUnquotedAndSpacedOnce() {
        #expect(EntityFieldValue.normalised("  \"Kursk \t Region\" ") == "kursk region")
        #expect(EntityFieldValue.normalised("BUDANOV") == "budanov")
    }

    @Test func aPluralFindsWhatItsSingularNames() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        let db = try database(folder)
        #expect(try terms("drones", .weapon, db) == ["XIWdrone"])
        #expect(try terms("Ukrainians", .place, db) == ["XIPukraine"])
        // Three letters and an s is a word of its own, not a plural.
        #expect(try terms("gas", .weapon, db) == nil)
        try db.close()
    }

    @Test func aValueThatIsAlsoAnIdMeansBoth() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        let db = try database(folder)
        #expect(try terms("Kursk", .place, db) == ["XIPkursk", "XIPkursk-oblast"])
        #expect(try terms("\"Kursk region\"", .place, db) == ["XIPkursk-oblast"])
        #expect(try terms("nowhere", .place, db) == nil)
        try db.close()
    }
}
