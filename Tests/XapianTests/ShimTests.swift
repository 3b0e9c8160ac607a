import Testing
import Xapian
#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder under /tmp, removed when the test ends.
final class TemporaryFolder {
    let path: String
    init() {
        var template = Array("/tmp/passim-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }
    deinit { _ = system("rm -rf '\(path)'") }
}

func makeDatabase(at path: String, texts: [String]) throws -> WritableDatabase {
    let db = try WritableDatabase(path: path, create: true)
    let generator = try TermGenerator(language: "english")
    for (i, text) in texts.enumerated() {
        let doc = try Document()
        generator.reset()
        try generator.index(text, into: doc, stemming: .allZ, positions: true)
        try doc.addBooleanTerm("Q\(i)")
        try doc.setData(Array(text.utf8))
        try db.replace(idTerm: "Q\(i)", with: doc)
    }
    try db.commit()
    return db
}

@Suite struct ShimErrorTests {
    @Test func openingAMissingDatabaseIsNotFound() {
        #expect {
            _ = try Database(path: "/tmp/passim-no-such-index-\(getpid())")
        } throws: { ($0 as? XapianError)?.kind == .notFound }
    }

    @Test func aSecondWriterIsRefusedWithALockError() throws {
        let folder = TemporaryFolder()
        let first = try WritableDatabase(path: folder.path + "/db", create: true)
        #expect {
            _ = try WritableDatabase(path: folder.path + "/db", create: true)
        } throws: { ($0 as? XapianError)?.kind == .lock }
        try first.close()
        // Once the first writer is closed, a new one may open (Xapian may
        // release the lock a moment after close returns).
        var second: WritableDatabase?
        for _ in 0..<50 where second == nil {
            second = try? WritableDatabase(path: folder.path + "/db", create: false)
            if second == nil { usleep(100_000) }
        }
        #expect(second != nil)
        try second?.close()
    }

    @Test func aMalformedQueryIsASyntaxErrorWithXapiansReason() throws {
        let parser = try QueryParser(database: nil, language: "english", stemming: .allZ)
        do {
            _ = try parser.parse("AND AND", flags: [.boolean, .phrase])
            Issue.record("AND AND parsed")
        } catch {
            #expect(error.kind == .querySyntax)
            #expect(error.message.contains("AND"))
        }
    }

    @Test func aDamagedDatabaseIsReportedAsCorrupt() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/db"
        try makeDatabase(at: path, texts: ["some text about missiles", "other text"]).close()
        // Overwrite the term table with junk of the same size.
        let file = path + "/postlist.glass"
        let fd = open(file, O_WRONLY)
        #expect(fd >= 0)
        let junk = [UInt8](repeating: 0xAB, count: 8192)
        _ = write(fd, junk, junk.count)
        close(fd)
        #expect {
            let db = try Database(path: path)
            let parser = try QueryParser(database: db, language: "english", stemming: .allZ)
            _ = try db.search(try parser.parse("missiles", flags: []), options: SearchOptions())
        } throws: { ($0 as? XapianError)?.kind == .corrupt }
    }

    @Test func anUnknownStemmerIsAnInvalidArgument() {
        #expect { _ = try TermGenerator(language: "klingon") } throws: {
            ($0 as? XapianError)?.kind == .invalidArgument
        }
    }
}

@Suite struct ShimWritingTests {
    @Test func committedDocumentsAreSearchableAndReplaceable() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/db"
        let db = try makeDatabase(at: path, texts: ["North Korea sent ballistic missiles", "Iran supplies drones"])
        let reader = try Database(path: path)
        #expect(try reader.stats().documentCount == 2)

        // Replacing by id term keeps one document per id.
        let doc = try Document()
        try doc.addBooleanTerm("Q0")
        try db.replace(idTerm: "Q0", with: doc)
        try db.commit()
        #expect(try reader.reopen())
        #expect(try reader.stats().documentCount == 2)
        #expect(try reader.termFrequency("Zmissil") == 0)
        try db.close()
    }

    @Test func aCancelledTransactionLeavesNoTrace() throws {
        let folder = TemporaryFolder()
        let db = try makeDatabase(at: folder.path + "/db", texts: ["one"])
        try db.beginTransaction()
        try db.deleteDocuments(withTerm: "Q0")
        try db.cancelTransaction()
        #expect(try db.documentCount() == 1)
        try db.close()
    }

    @Test func metadataRoundTripsAndListsByPrefix() throws {
        let folder = TemporaryFolder()
        let db = try WritableDatabase(path: folder.path + "/db", create: true)
        try db.setMetadata("1", forKey: "a:x")
        try db.setMetadata("2", forKey: "a:y")
        try db.setMetadata("3", forKey: "b:z")
        func listed() throws -> [String] {
            var pairs: [String] = []
            try db.reader.forEachMetadata(withPrefix: "a:") { pairs.append($0 + "=" + $1) }
            return pairs
        }
        #expect(try listed() == ["a:x=1", "a:y=2"])
        try db.setMetadata("", forKey: "a:x") // empty deletes
        #expect(try listed() == ["a:y=2"])
        try db.close()
    }
}

@Suite struct ShimSearchTests {
    @Test func stemmedPhrasesMatchOtherWordForms() throws {
        let folder = TemporaryFolder()
        try makeDatabase(at: folder.path + "/db", texts: ["North Korea has sent ballistic missiles", "a missile, ballistic"]).close()
        let db = try Database(path: folder.path + "/db")
        let parser = try QueryParser(database: db, language: "english", stemming: .allZ)
        let results = try db.search(try parser.parse("\"ballistic missile\"", flags: [.phrase]), options: SearchOptions())
        #expect(results.count == 1)
        #expect(String(decoding: try results.data(0), as: UTF8.self).contains("ballistic missiles"))
    }

    @Test func snippetsArePlainTextWithEveryQueryWordMarked() throws {
        let folder = TemporaryFolder()
        let text = "Tom & Jerry <b>sent</b> ballistic missiles to \"Kursk\""
        try makeDatabase(at: folder.path + "/db", texts: [text]).close()
        let db = try Database(path: folder.path + "/db")
        let parser = try QueryParser(database: db, language: "english", stemming: .allZ)
        let results = try db.search(try parser.parse("\"ballistic missile\"", flags: [.phrase]), options: SearchOptions())
        let snippet = try results.snippet(of: text, length: 200, language: "english",
                                          highlight: ("[", "]"), omission: "…")
        #expect(snippet == "Tom & Jerry <b>sent</b> [ballistic] [missiles] to \"Kursk\"")
    }

    @Test func collapsingKeepsTheBestPassagesPerKeyAndCountsTheRest() throws {
        let folder = TemporaryFolder()
        let db = try WritableDatabase(path: folder.path + "/db", create: true)
        let generator = try TermGenerator(language: "english")
        for (i, key) in ["a", "a", "a", "b"].enumerated() {
            let doc = try Document()
            generator.reset()
            try generator.index("drones over the front \(i)", into: doc, stemming: .allZ, positions: true)
            try doc.addValue(key, slot: 0)
            try db.add(doc)
        }
        try db.close()
        let reader = try Database(path: folder.path + "/db")
        let parser = try QueryParser(database: reader, language: "english", stemming: .allZ)
        var options = SearchOptions()
        options.collapseSlot = 0
        options.collapseMax = 2
        options.checkAtLeast = 100
        let results = try reader.search(try parser.parse("drones", flags: []), options: options)
        #expect(results.count == 3) // two of "a", one of "b"
        let collapsed = try (0..<results.count).map { try results.hit($0).collapseCount }
        #expect(collapsed.reduce(0, +) >= 1) // the third "a" is folded into the others
        #expect(try results.counts().uncollapsedEstimated == 4)
    }
}
