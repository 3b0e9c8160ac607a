import Foundation
import Testing

/// Remote servers that freeze, fall silent or lose their parent, and a
/// served index rewritten underneath its server.
@Suite(.serialized) struct RemoteFailureTests {
    let corpus: Corpus
    init() throws { corpus = try Corpus.indexedSeeds() }

    /// `passim serve` on a free port, ready once a search through it answers.
    private func serve() throws -> (server: RunningProgram, address: String) {
        let port = freePort()
        let server = try RunningProgram(["serve", "--listen", "127.0.0.1:\(port)"], in: corpus.url)
        let address = "tcp://127.0.0.1:\(port)"
        #expect(eventually(within: 20) {
            (try? passim(["search", "Budanov", "--count", "--index", address], in: corpus.url).status) == 0
        })
        return (server, address)
    }

    /// The xapian-tcpsrv that `passim serve` (pid) runs.
    private func serverChild(of pid: Int32) -> Int32? {
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Gone, or a zombie nobody has reaped yet.
    private func isDead(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    /// Searches a remote index and a local one; must be over in `bound` seconds.
    private func searchBeside(_ address: String, partial: Bool, bound: Double) throws -> Run {
        let local = try Corpus.indexedSeeds()
        let started = Date()
        let run = try passim(["search", "Budanov", "--index", address, "--index", local.indexURL.path, "--timeout", "1"]
                             + (partial ? ["--allow-partial"] : []), in: corpus.url)
        #expect(Date().timeIntervalSince(started) < bound, "took \(Date().timeIntervalSince(started)) s")
        return run
    }

    @Test func aFrozenServerIsLeftOutWithinTheTimeout() throws {
        let (server, address) = try serve()
        defer { server.signal(SIGTERM); _ = server.wait() }
        let child = try #require(serverChild(of: server.process.processIdentifier))
        kill(-child, SIGSTOP)
        defer { kill(-child, SIGCONT) }
        let partial = try searchBeside(address, partial: true, bound: 8)
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stderr.contains("left out"), "\(partial.stderr)")
        let failed = try searchBeside(address, partial: false, bound: 8)
        #expect(failed.status == 2, "\(failed.stderr)")
    }

    @Test func aServerThatAcceptsAndNeverAnswersIsLeftOut() throws {
        // A socket that listens but never accepts: the kernel completes the
        // connection, and nothing is ever said on it.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        #expect(listen(fd, 8) == 0)
        let run = try searchBeside("tcp://127.0.0.1:\(UInt16(bigEndian: address.sin_port))", partial: true, bound: 8)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("left out"), "\(run.stderr)")
    }

    @Test func killingServeStopsItsServer() throws {
        let (server, address) = try serve()
        let child = try #require(serverChild(of: server.process.processIdentifier))
        server.signal(SIGKILL)
        _ = server.wait()
        #expect(eventually(within: 5) { isDead(child) }, "xapian-tcpsrv \(child) outlived passim serve")
        // And the port is free for the next server.
        let port = String(address.split(separator: ":").last ?? "")
        let next = try RunningProgram(["serve", "--listen", "127.0.0.1:\(port)"], in: corpus.url)
        defer { next.signal(SIGTERM); _ = next.wait() }
        #expect(eventually(within: 20) {
            (try? passim(["search", "Budanov", "--count", "--index", address], in: corpus.url).status) == 0
        })
    }

    @Test func serveFollowsAReindexThatMovesTheShards() throws {
        let (server, address) = try serve()
        defer { server.signal(SIGTERM); _ = server.wait() }
        let before = try String(contentsOf: corpus.indexURL.appendingPathComponent("XAPIANDB"), encoding: .utf8)
        // Enough new articles that the run compacts its shards into new folders.
        for i in 0..<40 {
            try corpus.write("new/\(i).txt", "Report \(i)\n\nThe zanzibarine convoy \(i) crossed the border at dawn.\n")
        }
        #expect(try passim(["index", ".", "--quiet"], in: corpus.url).status == 0)
        let after = try String(contentsOf: corpus.indexURL.appendingPathComponent("XAPIANDB"), encoding: .utf8)
        #expect(before != after, "the re-index did not move the shards, so this test proves nothing")
        var last = Run(status: -1, stdout: "", stderr: "")
        #expect(eventually(within: 10) {
            last = (try? passim(["search", "zanzibarine", "--count", "--index", address], in: corpus.url)) ?? last
            return last.status == 0 && last.stdout == "40\n"
        }, "\(last.status) \(last.stdout) \(last.stderr)")
        server.signal(SIGTERM)
        let stopped = server.wait()
        #expect(stopped.stderr.contains("shards moved; now serving"), "\(stopped.stderr)")
    }

    @Test(arguments: ["127.0.0.2", "127.1.2.3", "::1", "localhost"])
    func everyLoopbackAddressIsCalledOne(host: String) throws {
        let port = freePort()
        let listen = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        let server = try RunningProgram(["serve", "--listen", listen], in: corpus.url)
        _ = eventually(within: 1.5) { false }
        server.signal(SIGTERM)
        let run = server.wait()
        #expect(!run.stderr.contains("not the loopback"), "\(run.stderr)")
    }

    @Test func aTakenPortIsReportedBeforeServingIsAnnounced() throws {
        let (server, address) = try serve()
        defer { server.signal(SIGTERM); _ = server.wait() }
        let port = String(address.split(separator: ":").last ?? "")
        let second = try passim(["serve", "--listen", "127.0.0.1:\(port)"], in: corpus.url)
        #expect(second.status == 2)
        #expect(!second.stderr.contains("serving"), "\(second.stderr)")
        #expect(second.stderr.contains("cannot listen on 127.0.0.1:\(port): Address already in use"), "\(second.stderr)")
    }
}
