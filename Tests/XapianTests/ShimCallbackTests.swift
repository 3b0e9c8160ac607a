import Testing
import Xapian

/// Fields whose meaning the caller gives through a processor.
@Suite struct ShimFieldProcessorTests {
    func database(_ folder: TemporaryFolder) throws -> WritableDatabase {
        let db = try makeDatabase(at: folder.path + "/db", texts: ["drones over kursk", "drones over kyiv"])
        let doc = try db.document(1)
        try doc.addBooleanTerm("Pkursk")
        try db.replace(documentID: 1, with: doc)
        try db.commit()
        return db
    }

    @Test func aProcessorsQueryFiltersAndValuesItRefusesAreListed() throws {
        let folder = TemporaryFolder()
        let db = try database(folder)
        let parser = try QueryParser(database: db.reader, language: "english", stemming: .allZ)
        var seen: [String] = []
        try parser.addField("place", boolean: true) { value throws(XapianError) in
            seen.append(value)
            return value.lowercased() == "kursk" ? try Query(term: "Pkursk") : nil
        }
        let results = try db.reader.search(try parser.parse("drones place:Kursk", flags: [.boolean]),
                                          options: SearchOptions())
        #expect(seen == ["Kursk"])
        #expect(results.count == 1)
        #expect(try results.hit(0).documentID == 1)
        #expect(try parser.unknownFieldValues().isEmpty)

        let none = try parser.parse("drones place:atlantis", flags: [.boolean])
        #expect(try db.reader.search(none, options: SearchOptions()).count == 0)
        #expect(try parser.unknownFieldValues() == ["place:atlantis"])
        // Each parse starts a new list.
        _ = try parser.parse("drones", flags: [.boolean])
        #expect(try parser.unknownFieldValues().isEmpty)
        try db.close()
    }

    @Test func rangeValuesTheMapperRefusesAreListed() throws {
        let parser = try QueryParser(database: nil, language: "english", stemming: .allZ)
        try parser.addRangeField("year", slot: 3) { begin, end in
            begin.count == 4 && end.count == 4 ? (begin, end) : nil
        }
        _ = try parser.parse("drones year:2024..2025 year:99", flags: [.boolean])
        #expect(try parser.badRangeValues() == ["year:99"])
    }

    @Test func stopwordsAreLeftOutOfFreeText() throws {
        let parser = try QueryParser(database: nil, language: "english", stemming: .none)
        try parser.setStopwords(["the", "of"])
        #expect(try parser.parse("the fall of kherson", flags: []).terms() == ["fall", "kherson"])
    }
}

/// Lists the shim hands back one item at a time.
@Suite struct ShimVisitorTests {
    @Test func theWritersReaderSeesWhatItHasNotCommitted() throws {
        let folder = TemporaryFolder()
        let db = try makeDatabase(at: folder.path + "/db", texts: ["drones", "missiles"])
        try db.setMetadata("v", forKey: "k:1")
        try db.addSynonym("Zuav", forKey: "drone")
        #expect(try db.reader.metadata("k:1") == "v")
        #expect(try db.reader.terms(withPrefix: "Q").map(\.term) == ["Q0", "Q1"])
        #expect(try db.reader.synonyms(of: "drone") == ["Zuav"])
        #expect(try db.reader.synonyms(of: "tank").isEmpty)
        #expect(try Database(path: folder.path + "/db").metadata("k:1") == "")
        try db.close()
    }

    @Test func facetsComeMostFrequentFirstWithTiesInKeyOrder() throws {
        let folder = TemporaryFolder()
        let db = try WritableDatabase(path: folder.path + "/db", create: true)
        for keys in ["kyiv\nkursk", "kursk", "odesa\nkyiv", "lviv"] {
            let doc = try Document()
            try doc.addBooleanTerm("Tdoc")
            try doc.addValue(keys, slot: 2)
            try db.add(doc)
        }
        var options = SearchOptions()
        options.facetSlot = 2
        options.checkAtLeast = 100
        let facets = try db.reader.search(try Query(term: "Tdoc"), options: options).facets()
        #expect(facets.map(\.key) == ["kursk", "kyiv", "lviv", "odesa"])
        #expect(facets.map(\.count) == [2, 2, 1, 1])
        try db.close()
    }

    @Test func expansionTermsLeaveOutTheQuerysOwnAndCarryWeights() throws {
        let folder = TemporaryFolder()
        let texts = ["drones struck kherson overnight", "drones struck kherson again", "parliament debated budget"]
        let db = try makeDatabase(at: folder.path + "/db", texts: texts)
        let query = try Query(term: "Zdrone")
        let results = try db.reader.search(query, options: SearchOptions())
        let expansion = try results.expansionTerms(top: 2, count: 3, prefix: "Z")
        #expect(!expansion.isEmpty && expansion.count <= 3)
        #expect(expansion.allSatisfy { $0.term.hasPrefix("Z") && $0.term != "Zdrone" && $0.weight > 0 })
        #expect(expansion.contains { $0.term == "Zkherson" })
        try db.close()
    }

    @Test func aListOfOneQueryStandsForItselfAndNoneMatchesNothing() throws {
        let one = try Query.combining(.or, [try Query(term: "Pkursk")])
        #expect(one.description == (try Query(term: "Pkursk")).description)
        #expect(try Query.combining(.or, []).isEmpty)
        let two = try Query.combining(.or, [try Query(term: "a"), try Query(term: "b")])
        #expect(try two.terms() == ["a", "b"])
    }

    @Test func aFixedWeightIsAddedToWhatTheFilterAdmits() throws {
        let folder = TemporaryFolder()
        let db = try makeDatabase(at: folder.path + "/db", texts: ["drones", "missiles"])
        let lifted = try Query.fixedWeight(7).combined(.filter, try Query(term: "Zdrone"))
        let results = try db.reader.search(lifted, options: SearchOptions())
        #expect(results.count == 1)
        #expect(try results.hit(0).weight == 7)
        #expect { _ = try Query.fixedWeight(-1) } throws: { ($0 as? XapianError)?.kind == .invalidArgument }
        try db.close()
    }
}
