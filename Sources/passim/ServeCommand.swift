import ArgumentParser
import Synchronization
#if canImport(Glibc)
import Glibc
import PassimIndex
import PassimOutput
import PassimSupport
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

    @Option(help: ArgumentHelp("Seconds before an idle or stuck connection is dropped (at most a day).",
                               valueName: "seconds"), transform: Seconds.parse)
    var timeout = Seconds(60)

    func validate() throws {
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
        _ = try IndexHandle(path: path) // a passim index of this schema, or a clear error
        guard let server = ProgramPath.find("xapian-tcpsrv") else {
            throw PassimError.usage("xapian-tcpsrv is not installed; install Debian's xapian-tools (apt-get install xapian-tools)")
        }
        let (host, port) = try address()
        try ServeAddress.checkCanListen(host, port)
        if !ServeAddress.isLoopback(host) {
            Console.standard.warning("listening on \(host), not the loopback: anyone who reaches this port can read the whole index (no authentication, no encryption)")
        }
        let databases = Self.databases(of: path)
        Console.standard.note("serving \(path) (\(databases.count) shard\(databases.count == 1 ? "" : "s")) on \(host):\(port); search it with --index tcp://\(host.contains(":") ? "[\(host)]" : host):\(port)")
        let options = [server, "--port", port, "--interface", host, "--timeout", String(timeout.milliseconds), "--quiet"]
        try Self.runServer(server, options, index: path)
    }

    /// xapian-tcpsrv takes databases, not stub files: the shards themselves.
    static func databases(of path: String) -> [String] { IndexLayout.read(path)?.shardPaths ?? [path] }

    /// Runs xapian-tcpsrv in a process group of its own and waits for it.
    /// On SIGTERM the server signals its whole group (to stop the children
    /// serving connections); in our group it would also kill whoever started
    /// passim — a script, a test harness. Ctrl-C and SIGTERM reach passim
    /// and are passed on to the server's group; if passim itself is killed,
    /// the kernel sends the server SIGTERM. When a re-index moves the shards
    /// (compaction writes the next generation), the server is restarted on
    /// the new ones, and says so.
    static func runServer(_ server: String, _ options: [String], index path: String) throws {
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopping, signal) }
        var databases = Self.databases(of: path)
        var pid = try startServer(server, options + databases, blocking: &stopping)
        for signal in [SIGINT, SIGTERM, SIGHUP] { Glibc.signal(signal, passOnToServer) }
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid || (waited < 0 && errno != EINTR) { break }
            usleep(300_000)
            let now = Self.databases(of: path)
            guard now != databases, now.allSatisfy({ FileSystem.kind(of: $0) == .directory }),
                  stopSignal.load(ordering: .relaxed) == 0 else { continue }
            kill(-pid, SIGTERM)
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            databases = now
            pid = try startServer(server, options + databases, blocking: &stopping)
            Console.standard.note("the index was rewritten and its shards moved; now serving \(databases.map(FileSystem.lastComponent).joined(separator: ", "))")
        }
        let stoppedBy = stopSignal.load(ordering: .relaxed)
        if stoppedBy != 0 { throw ExitCode(128 + stoppedBy) }
        let exited = status & 0x7f == 0
        throw ExitCode(exited && (status >> 8) & 0xff == 0 ? 0 : 2)
    }

    /// Starts the server with no stopping signal let through until the
    /// handler knows its group.
    private static func startServer(_ server: String, _ arguments: [String], blocking stopping: inout sigset_t) throws -> pid_t {
        pthread_sigmask(SIG_BLOCK, &stopping, nil)
        defer { pthread_sigmask(SIG_UNBLOCK, &stopping, nil) }
        do {
            let pid = try ChildProcess.startGroupLeader(server, arguments, deathSignal: SIGTERM)
            serverGroup.store(pid, ordering: .relaxed)
            return pid
        } catch {
            throw PassimError.usage("cannot start \(server): \(error)")
        }
    }
}

/// The server's process id (and group), for the signal handler.
private let serverGroup = Atomic<pid_t>(0)
/// The signal that asked the server to stop, 0 while none has.
private let stopSignal = Atomic<Int32>(0)

/// Only async-signal-safe work: atomics and kill(2).
private func passOnToServer(_ number: Int32) {
    stopSignal.store(number, ordering: .relaxed)
    let group = serverGroup.load(ordering: .relaxed)
    if group > 0 { kill(-group, SIGTERM) }
}
