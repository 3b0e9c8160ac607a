import Glibc
import PassimSupport

/// Reads a file's bytes with POSIX calls, up to a limit.
package enum FileBytes {
    /// The first `limit` bytes of the file at `path`, and whether there were
    /// more; `shownAs` names the file in errors.
    package static func read(_ path: [UInt8], shownAs: String, limit: Int) throws(IngestError) -> (bytes: [UInt8], truncated: Bool) {
        // Non-blocking, so a pipe that took an article's name cannot hang the run.
        let descriptor = POSIXPath.with(path) { open($0, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK) }
        guard descriptor >= 0 else { throw .unreadable(path: shownAs, reason: POSIXPath.errorText()) }
        defer { close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: shownAs, reason: POSIXPath.errorText()) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .unreadable(path: shownAs, reason: "not a regular file") }
        let size = Int(info.st_size)
        let capacity = min(size, limit)

        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while count < capacity {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, capacity - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    return   // the file shrank while we read it
                } else if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        if failure != 0 { throw .unreadable(path: shownAs, reason: POSIXPath.errorText(failure)) }
        return (bytes, size > limit)
    }
}
