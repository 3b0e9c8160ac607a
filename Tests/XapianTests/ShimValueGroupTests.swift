import Foundation
import Testing
import Xapian

/// `countValueGroups`: matches and distinct values per leading number of a
/// value, over one database, several searched as one, and a remote server.
@Suite struct ShimValueGroupTests {
    /// Documents "storm" with a value each; the last one does not match.
    static let values = ["20240105\ta", "20240105\ta", "20240105\tb", "\tc", "20240301\td", "x\te", "20240105\tz"]

    static func write(_ values: [String], at path: String, matching: Int) throws {
        let db = try WritableDatabase(path: path, create: true)
        for (i, value) in values.enumerated() {
            let doc = try Document()
            try doc.addTerm(i < matching ? "storm" : "calm", wdf: 1)
            try doc.addValue(value, slot: 5)
            try db.add(doc)
        }
        try db.close()
    }

    static func query() throws -> Query { try Query(term: "storm") }

    @Test func groupsCountMatchesAndDistinctValuesInOrder() throws {
        let folder = TemporaryFolder()
        try Self.write(Self.values, at: folder.path + "/db", matching: 6)
        let groups = try Database(path: folder.path + "/db").countValueGroups(try Self.query(), slot: 5)
        // "\tc" and "x\te" start with no digits: group 0.
        #expect(groups == [ValueGroup(group: 0, distinct: 2, documents: 2),
                           ValueGroup(group: 20240105, distinct: 2, documents: 3),
                           ValueGroup(group: 20240301, distinct: 1, documents: 1)])
        #expect(try Database(path: folder.path + "/db").countValueGroups(try Query(term: "none"), slot: 5).isEmpty)
    }

    @Test func aValueInSeveralDatabasesIsOneDistinctValue() throws {
        let folder = TemporaryFolder()
        try Self.write(["20240105\ta", "20240105\tb", "20240105\ta"], at: folder.path + "/one", matching: 3)
        try Self.write(["20240105\ta", "20240105\tc"], at: folder.path + "/two", matching: 2)
        let both = try Database(path: folder.path + "/one")
        try both.add(try Database(path: folder.path + "/two"))
        #expect(try both.countValueGroups(try Self.query(), slot: 5)
                == [ValueGroup(group: 20240105, distinct: 3, documents: 5)])
    }

    /// A stock xapian-tcpsrv knows only Xapian's own spies: the remote part
    /// is counted by its value-count spy and folded into groups here.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xapian-tcpsrv")))
    func aRemoteDatabaseOnAStockServerCountsAsALocalOne() throws {
        let folder = TemporaryFolder()
        try Self.write(Self.values, at: folder.path + "/served", matching: 6)
        try Self.write(["20240105\ta", "20240301\tq"], at: folder.path + "/local", matching: 2)
        let port = UInt32.random(in: 20_000...60_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/xapian-tcpsrv")
        server.arguments = ["--port", String(port), "--interface", "127.0.0.1", "--quiet", folder.path + "/served"]
        try server.run()
        // SIGKILL: on SIGTERM the server signals its whole process group.
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        var remote: Database?
        for _ in 0..<100 where remote == nil {
            remote = try? Database(remoteHost: "127.0.0.1", port: port, timeoutMilliseconds: 2000)
            if remote == nil { usleep(100_000) }
        }
        let served = try #require(remote)
        let local = try Database(path: folder.path + "/served")
        #expect(try served.countValueGroups(try Self.query(), slot: 5) == local.countValueGroups(try Self.query(), slot: 5))
        try served.add(try Database(path: folder.path + "/local"))
        #expect(try served.countValueGroups(try Self.query(), slot: 5)
                == [ValueGroup(group: 0, distinct: 2, documents: 2),
                    ValueGroup(group: 20240105, distinct: 2, documents: 4),
                    ValueGroup(group: 20240301, distinct: 2, documents: 2)])
    }
}
