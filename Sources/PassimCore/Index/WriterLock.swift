#if canImport(Glibc)
import Glibc
#endif
import Xapian

/// Opens an index for writing. Xapian lets one writer in at a time; this adds
/// who that writer is (a note with its pid beside the database) and waiting.
public enum WriterLock {
    static let noteName = "passim-writer"

    /// Opens (creating) the index at `path`. While another writer holds it,
    /// calls `waiting` once with a message and retries, unless `wait` is
    /// false; gives up when interrupted.
    public static func open(_ path: String, wait: Bool, waiting: (String) -> Void) throws(PassimError) -> WritableDatabase {
        var told = false
        while true {
            do {
                let database = try WritableDatabase(path: path, create: true)
                writeNote(in: path)
                return database
            } catch where error.kind == .lock {
                let holder = describeHolder(of: path)
                guard wait else { throw PassimError.indexLocked(path: path, holder: holder) }
                if !told {
                    waiting("index \(path) is being updated by \(holder); waiting for it to finish (Ctrl-C stops, --no-wait fails at once)")
                    told = true
                }
                if Interruption.requested { throw PassimError.interrupted }
                usleep(200_000)
            } catch {
                throw PassimError(error, index: path)
            }
        }
    }

    /// Removes the note; called when the writer closes.
    public static func release(_ path: String) {
        unlink(path + "/" + noteName)
    }

    private static func writeNote(in path: String) {
        let note = "\(getpid()) \(time(nil))\n"
        let fd = Glibc.open(path + "/" + noteName, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        _ = note.withCString { write(fd, $0, strlen($0)) }
        close(fd)
    }

    /// "passim (pid 1234, since 10:02)" when the note names a live process,
    /// else a vaguer description: the holder may be another Xapian program.
    static func describeHolder(of path: String) -> String {
        let fd = Glibc.open(path + "/" + noteName, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return "another program" }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = read(fd, &buffer, buffer.count)
        let fields = String(decoding: buffer.prefix(max(0, n)), as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let pid = Int32(fields[0]), let started = Int(fields[1]),
              kill(pid, 0) == 0 || errno == EPERM else { return "another program" }
        var t = time_t(started)
        var parts = tm()
        localtime_r(&t, &parts)
        let hhmm = (parts.tm_hour < 10 ? "0" : "") + "\(parts.tm_hour):" + (parts.tm_min < 10 ? "0" : "") + "\(parts.tm_min)"
        return "passim (pid \(pid), since \(hhmm))"
    }
}
