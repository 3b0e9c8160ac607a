import Testing
import Xapian

/// Value ranges, built directly and through Xapian's RangeProcessor in the parser.
@Suite struct ShimRangeTests {
    /// Documents "doc0"… with a YYYYMMDD value in slot 1 (none for the last).
    static func database(in folder: TemporaryFolder) throws -> Database {
        let db = try WritableDatabase(path: folder.path, create: true)
        for (i, value) in ["20240105", "20240310", "20240620", ""].enumerated() {
            let doc = try Document()
            try doc.addBooleanTerm("Q\(i)")
            try doc.addTerm("Zword", wdf: 1)   // as the parser stems it
            if !value.isEmpty { try doc.addValue(value, slot: 1) }
            try doc.setData(Array("doc\(i)".utf8))
            try db.replace(idTerm: "Q\(i)", with: doc)
        }
        try db.commit()
        return try Database(path: folder.path)
    }

    static func names(_ db: Database, _ query: Query) throws -> [String] {
        var options = SearchOptions()
        options.limit = 10
        let results = try db.search(query, options: options)
        return try (0..<results.count).map { String(decoding: try results.data($0), as: UTF8.self) }.sorted()
    }

    /// A mapper that takes YYYY-MM and widens it to its days.
    static func parser(_ db: Database) throws -> QueryParser {
        let parser = try QueryParser(database: db, language: "english", stemming: .allZ)
        try parser.addRangeField("date", slot: 1) { begin, end in
            func ok(_ s: String) -> Bool { s.isEmpty || (s.utf8.count == 7 && s.contains("-")) }
            guard ok(begin), ok(end) else { return nil }
            let lower = begin.isEmpty ? "" : begin.replacingDashes() + "01"
            let upper = end.isEmpty ? "" : end.replacingDashes() + "31"
            return (lower, upper)
        }
        return parser
    }

    @Test func aValueRangeIncludesBothEndsAndMayBeOpen() throws {
        let folder = TemporaryFolder()
        let db = try Self.database(in: folder)
        #expect(try Self.names(db, try .valueRange(slot: 1, lower: "20240105", upper: "20240310")) == ["doc0", "doc1"])
        #expect(try Self.names(db, try .valueRange(slot: 1, lower: "20240301", upper: "")) == ["doc1", "doc2"])
        #expect(try Self.names(db, try .valueRange(slot: 1, lower: "", upper: "20240310")) == ["doc0", "doc1"])
        #expect { _ = try Query.valueRange(slot: 1, lower: "", upper: "") } throws: {
            ($0 as? XapianError)?.kind == .invalidArgument
        }
    }

    @Test("a range field parses A..B, open ends and a single value", arguments: [
        ("word date:2024-01..2024-03", ["doc0", "doc1"]),
        ("date:2024-03..", ["doc1", "doc2"]),
        ("date:..2024-03", ["doc0", "doc1"]),
        ("date:2024-06", ["doc2"]),
        ("date:2024-01 date:2024-06", ["doc0", "doc2"]),
    ])
    func rangeField(_ text: String, _ expected: [String]) throws {
        let folder = TemporaryFolder()
        let db = try Self.database(in: folder)
        let parser = try Self.parser(db)
        let query = try parser.parse(text, flags: [.boolean, .phrase, .loveHate])
        #expect(try Self.names(db, query) == expected)
        #expect(try parser.badRangeValues().isEmpty)
    }

    @Test func theConstraintsOfAQueryAreItsTopFiltersAndExclusions() throws {
        let folder = TemporaryFolder()
        let db = try Self.database(in: folder)
        let parser = try Self.parser(db)
        func admitted(_ text: String) throws -> [String]? {
            guard let constraints = try parser.parse(text, flags: [.boolean, .loveHate]).constraints() else { return nil }
            return try Self.names(db, try Query.matchAll().combined(.filter, constraints))
        }
        #expect(try admitted("word") == nil)
        #expect(try admitted("word date:2024-01") == ["doc0"])
        #expect(try admitted("word date:2024-01..2024-03 -nothing") == ["doc0", "doc1"])
    }

    @Test func aValueTheMapperRefusesMatchesNothingAndIsListed() throws {
        let folder = TemporaryFolder()
        let db = try Self.database(in: folder)
        let parser = try Self.parser(db)
        let query = try parser.parse("word date:soon", flags: [.boolean])
        #expect(try Self.names(db, query).isEmpty)
        #expect(try parser.badRangeValues() == ["date:soon"])
        _ = try parser.parse("word date:2024..x", flags: [.boolean])
        #expect(try parser.badRangeValues() == ["date:2024..x"])
        _ = try parser.parse("word", flags: [.boolean])
        #expect(try parser.badRangeValues().isEmpty)
    }
}

private extension String {
    func replacingDashes() -> String { split(separator: "-").joined() }
}
