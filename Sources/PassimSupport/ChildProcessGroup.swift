import CProcess
import Glibc

extension ChildProcess {
    /// Why a program could not be started: strerror's words.
    package struct StartFailure: Error, CustomStringConvertible {
        package let description: String
    }

    /// Starts `executable` (`arguments` include its name) as the leader of a
    /// process group of its own, every signal at its default, and sends it
    /// `deathSignal` when the calling thread ends — even by `kill -9` — so a
    /// server never outlives the passim that runs it. The caller waits for it.
    package static func startGroupLeader(_ executable: String, _ arguments: [String],
                                         deathSignal: Int32) throws(StartFailure) -> pid_t {
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let failure = passim_spawn_with_death_signal(executable, argv, environ, deathSignal, &pid)
        guard failure == 0 else { throw StartFailure(description: String(cString: strerror(failure))) }
        return pid
    }
}
