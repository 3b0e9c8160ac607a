import ArgumentParser
import PassimCore
#if canImport(Glibc)
import Glibc
#endif

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve an index, or one shard of it, to searches on other machines (Xapian's remote backend).",
        discussion: """
            Runs Xapian's own remote server, xapian-tcpsrv (Debian package xapian-tools), read-only, on the \
            index's shards. Search it from elsewhere with --index tcp://HOST:PORT, alone or with other indexes:

              passim serve --index /data/2024/.passim --listen 127.0.0.1:7001
              passim search 'drones' --index tcp://10.0.0.5:7001 --index tcp://10.0.0.6:7001

            The protocol has no authentication and no encryption: it listens on the loopback interface unless \
            you name another, and then only on a private network or behind an SSH tunnel. See docs/scaling.md.
            """
    )

    @Option(help: ArgumentHelp("The index (a folder, one shard, or a Xapian stub file) to serve.", valueName: "path"))
    var index: String?

    @Option(help: ArgumentHelp("Address and port to listen on.", valueName: "host:port"))
    var listen = "127.0.0.1:33333"

    @Option(help: ArgumentHelp("Seconds before an idle or stuck connection is dropped.", valueName: "seconds"))
    var timeout = 60.0

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        _ = try address()
    }

    private func address() throws -> (host: String, port: String) {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
              (1...65535).contains(port), colon > listen.startIndex else {
            throw ValidationError("--listen takes HOST:PORT, such as 127.0.0.1:7001")
        }
        var host = String(listen[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host, String(port))
    }

    func run() throws {
        guard case .local(let path) = try IndexSource(try IndexLocation.find(explicit: index, from: FileSystem.currentDirectory()))
        else { throw PassimError.usage("serve a local index; a remote one is served where it lives") }
        _ = try Searcher(indexPath: path) // a passim index of this schema, or a clear error
        // xapian-tcpsrv takes databases, not stub files: the shards themselves.
        let databases = IndexLayout.read(path)?.shardPaths ?? [path]
        guard let server = Self.find("xapian-tcpsrv") else {
            throw PassimError.usage("xapian-tcpsrv is not installed; install Debian's xapian-tools (apt-get install xapian-tools)")
        }
        let (host, port) = try address()
        let err = OutputStream(fd: 2)
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            err.write("passim: warning: listening on \(host), not the loopback: anyone who reaches this port can read the whole index (no authentication, no encryption)\n")
        }
        err.write("passim: serving \(path) (\(databases.count) shard\(databases.count == 1 ? "" : "s")) on \(host):\(port); search it with --index tcp://\(host.contains(":") ? "[\(host)]" : host):\(port)\n")
        err.flush()
        let milliseconds = String(Int(timeout * 1000))
        let arguments = [server, "--port", port, "--interface", host, "--timeout", milliseconds, "--quiet"] + databases
        // The server takes this process's place: signals and exit status are
        // its own, so Ctrl-C and SIGTERM must reach it as they would a new program.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(server, &argv)
        throw PassimError.usage("cannot start \(server): \(String(cString: strerror(errno)))")
    }

    /// The full path of `program` on $PATH.
    static func find(_ program: String) -> String? {
        let path = FileSystem.environment("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = String(folder) + "/" + program
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
