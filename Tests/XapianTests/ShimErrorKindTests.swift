import Testing
import Xapian
#if canImport(Glibc)
import Glibc
#endif

/// Each kind of failure comes back with the status of the Xapian exception
/// type behind it.
@Suite struct ShimErrorKindTests {
    @Test func aFileThatIsNoDatabaseCannotBeOpened() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/junk"
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        let junk = [UInt8](repeating: 0x5A, count: 512)
        _ = write(fd, junk, junk.count)
        close(fd)
        #expect { _ = try Database(path: path) } throws: { ($0 as? XapianError)?.kind == .opening }
    }

    @Test func aMissingDocumentIsNotFound() throws {
        let folder = TemporaryFolder()
        let db = try makeDatabase(at: folder.path + "/db", texts: ["one"])
        #expect { _ = try db.document(999) } throws: { ($0 as? XapianError)?.kind == .notFound }
        try db.close()
    }

    @Test func anUnreachableServerIsANetworkError() throws {
        // A port nothing listens on: bind one, then close it before connecting.
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socketFD, pointer, length)
                return getsockname(socketFD, pointer, &length)
            }
        }
        let port = UInt32(UInt16(bigEndian: address.sin_port))
        close(socketFD)
        #expect {
            _ = try Database(remoteHost: "127.0.0.1", port: port, timeoutMilliseconds: 2000)
        } throws: { ($0 as? XapianError)?.kind == .network }
    }

    @Test func readingThroughAClosedWritersViewIsAnInvalidArgument() throws {
        let folder = TemporaryFolder()
        let db = try makeDatabase(at: folder.path + "/db", texts: ["one"])
        let reader = db.reader
        try db.close()
        #expect { _ = try reader.metadata("key") } throws: { ($0 as? XapianError)?.kind == .invalidArgument }
    }

    @Test func aFieldProcessorsErrorFailsTheParseWithItsKindAndMessage() throws {
        let parser = try QueryParser(database: nil, language: "english", stemming: .allZ)
        try parser.addField("who", boolean: true) { value throws(XapianError) in
            throw XapianError(kind: .modified, message: "snapshot of \(value) overwritten")
        }
        do {
            _ = try parser.parse("drones who:someone", flags: [.boolean])
            Issue.record("the parse succeeded")
        } catch {
            #expect(error.kind == .modified)
            #expect(error.message == "snapshot of someone overwritten")
        }
    }
}
