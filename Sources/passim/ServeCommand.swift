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
        _ = try IndexHandle(path: path) // a passim index of this schema, or a clear error
        // xapian-tcpsrv takes databases, not stub files: the shards themselves.
        let databases = IndexLayout.read(path)?.shardPaths ?? [path]
        guard let server = ProgramPath.find("xapian-tcpsrv") else {
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
        try Self.runServer(server, arguments)
    }

    /// Runs xapian-tcpsrv in a process group of its own and waits for it.
    /// On SIGTERM the server signals its whole group (to stop the children
    /// serving connections); in our group it would also kill whoever started
    /// passim — a script, a test harness. Ctrl-C and SIGTERM reach passim
    /// and are passed on to the server's group.
    static func runServer(_ server: String, _ arguments: [String]) throws {
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopping, signal) }
        // No signal between the spawn and the handlers knowing the group.
        pthread_sigmask(SIG_BLOCK, &stopping, nil)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &stopping)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, server, nil, &attributes, argv, environ)
        guard spawned == 0 else {
            pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
            throw PassimError.usage("cannot start \(server): \(String(cString: strerror(spawned)))")
        }
        serverGroup.store(pid, ordering: .relaxed)
        for signal in [SIGINT, SIGTERM, SIGHUP] { Glibc.signal(signal, passOnToServer) }
        pthread_sigmask(SIG_UNBLOCK, &stopping, nil)

        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let stoppedBy = stopSignal.load(ordering: .relaxed)
        if stoppedBy != 0 { throw ExitCode(128 + stoppedBy) }
        let exited = status & 0x7f == 0
        throw ExitCode(exited && (status >> 8) & 0xff == 0 ? 0 : 2)
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
