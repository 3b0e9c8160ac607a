import Foundation
import Testing

/// Several indexes searched as one, locally and through `passim serve`,
/// answer exactly as one index of all their articles.
@Suite(.serialized) struct ScaleOutTests {
    let a: Corpus, b: Corpus, merged: Corpus

    init() throws {
        let all = try Corpus.synthetic(articles: 240, words: 160)
        a = try Corpus()
        b = try Corpus(copyingSeeds: false)
        merged = try Corpus()
        for i in 0..<240 {
            let source = all.url.appendingPathComponent("part\(i / 500)/a\(i).txt")
            let name = "a\(i).txt"
            try FileManager.default.copyItem(at: source, to: (i % 2 == 0 ? a : b).url.appendingPathComponent(name))
            try FileManager.default.copyItem(at: source, to: merged.url.appendingPathComponent(name))
        }
        for corpus in [a, b, merged] {
            let run = try passim(["index", ".", "--quiet"], in: corpus.url)
            #expect(run.status == 0, "\(run.stderr)")
        }
    }

    /// What to compare: every hit's file name, passage and score, all of them
    /// (the order of equal scores depends on document ids, which differ, so a
    /// cut-off could fall between two equal scores differently).
    private func ranking(_ indexes: [String], _ query: String, scores: Bool = true) throws -> [String] {
        let run = try passim(["search", query, "--json", "--limit", "2000"] + indexes.flatMap { ["--index", $0] },
                             in: merged.url)
        #expect(run.status == 0, "\(run.stderr)")
        return try jsonObjects(run).filter { $0["facet"] == nil }.map { hit in
            let name = (hit["path"] as? String).map { String($0.split(separator: "/").last ?? "") } ?? ""
            // Without scores, which passages of an article come first may
            // differ too: compare articles and their match counts.
            guard scores else { return "\(name) +\(hit["more_in_article"] as? Int ?? -1)" }
            let score = String(format: "%.5f", hit["score"] as? Double ?? -1)
            return "\(score) \(name) \(hit["passage"] as? Int ?? -1) +\(hit["more_in_article"] as? Int ?? -1)"
        }.sorted().reduce(into: [String]()) { if scores || $0.last != $1 { $0.append($1) } }
    }

    private func facets(_ indexes: [String], _ query: String) throws -> [String] {
        let run = try passim(["search", query, "--json", "--facets", "--limit", "1"] + indexes.flatMap { ["--index", $0] },
                             in: merged.url)
        return try jsonObjects(run).filter { $0["facet"] != nil }.map {
            "\($0["facet"] ?? "") \($0["id"] ?? "") \($0["count"] ?? "")"
        }.sorted()
    }

    private func count(_ indexes: [String], _ query: String) throws -> String {
        try passim(["search", query, "--count"] + indexes.flatMap { ["--index", $0] }, in: merged.url).stdout
    }

    static let queries = ["missile drone", "\"artillery shells\"", "troops NEAR border", "Russia", "oil -prices"]
    /// Queries whose words have no entity synonyms: their scores must match
    /// to the last digit through remote servers too. (Xapian estimates the
    /// statistics of a synonym group on each server, so a query that gets
    /// entity synonyms may score a little differently there; what it finds
    /// must not differ.)
    static let withoutSynonyms: Set<String> = ["\"artillery shells\"", "troops NEAR border", "oil -prices"]

    @Test func localIndexesSearchedTogetherMatchTheMergedIndex() throws {
        let both = [a.indexURL.path, b.indexURL.path], one = [merged.indexURL.path]
        for query in Self.queries {
            #expect(try ranking(both, query) == ranking(one, query), "\(query)")
            #expect(try count(both, query) == count(one, query), "\(query)")
            #expect(try facets(both, query) == facets(one, query), "\(query)")
        }
    }

    @Test func remoteShardsMatchTheMergedIndexAndADeadOneIsReported() throws {
        let ports = [freePort(), freePort()]
        let servers = try zip([a, b], ports).map { corpus, port in
            try RunningProgram(["serve", "--listen", "127.0.0.1:\(port)"], in: corpus.url)
        }
        defer { for server in servers { server.signal(SIGTERM); _ = server.wait() } }
        let remote = ports.map { "tcp://127.0.0.1:\($0)" }
        // Ready when a search through it answers.
        #expect(eventually(within: 20) {
            (try? passim(["search", "Russia", "--count"] + remote.flatMap { ["--index", $0] }, in: merged.url).status) == 0
        })
        let one = [merged.indexURL.path]
        for query in Self.queries {
            let exact = Self.withoutSynonyms.contains(query)
            let r = try ranking(remote, query, scores: exact), o = try ranking(one, query, scores: exact)
            #expect(r == o, "\(query): remote only \(Set(r).subtracting(o).sorted().prefix(5)), merged only \(Set(o).subtracting(r).sorted().prefix(5))")
            #expect(try count(remote, query) == count(one, query), "\(query)")
            #expect(try facets(remote, query) == facets(one, query), "\(query)")
        }
        // Remote and local mix.
        #expect(try ranking([remote[0], b.indexURL.path], "troops NEAR border") == ranking(one, "troops NEAR border"))
        #expect(try ranking([remote[0], b.indexURL.path], "missile drone", scores: false)
                == ranking(one, "missile drone", scores: false))

        let dead = "tcp://127.0.0.1:\(freePort())"
        let failed = try passim(["search", "Russia", "--index", remote[0], "--index", dead, "--timeout", "2"], in: merged.url)
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("cannot reach \(dead)"))
        let partial = try passim(["search", "Russia", "--index", remote[0], "--index", dead, "--allow-partial", "--timeout", "2"],
                                 in: merged.url)
        #expect(partial.status == 0)
        #expect(partial.stderr.contains("left out, unreachable: \(dead)"))
    }
}

/// `passim serve` started by a script, in the script's process group.
@Suite struct ServeSignalTests {
    /// xapian-tcpsrv answers SIGTERM by signalling its whole process group;
    /// stopping the server must not stop the script that started it.
    @Test func stoppingTheServerLeavesTheScriptThatStartedIt() throws {
        let corpus = try Corpus()
        #expect(try passim(["index", ".", "--quiet"], in: corpus.url).status == 0)
        let script = """
            "$1" serve --listen 127.0.0.1:$2 2>/dev/null &
            server=$!
            for i in $(seq 100); do "$1" search Budanov --count --index tcp://127.0.0.1:$2 >/dev/null 2>&1 && break; sleep 0.1; done
            kill -TERM $server
            wait $server
            echo "script went on; server exit status $?"
            """
        let run = try runCommand(["/bin/sh", "-c", script, "sh", passimBinary, String(freePort())], in: corpus.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("script went on; server exit status 143"), "\(run.stdout)")
    }
}

/// A TCP port nobody listens on now.
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}
