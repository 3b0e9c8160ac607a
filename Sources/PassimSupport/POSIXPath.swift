import Glibc

/// Byte paths handed to POSIX calls, and the system's word for a failure.
package enum POSIXPath {
    /// Calls `body` with `path` as a NUL-terminated C string; file names need
    /// not be UTF-8.
    package static func with<R>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        var terminated = path
        terminated.append(0)
        return terminated.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count, body)
        }
    }

    /// `root` and `relative` joined by one '/'.
    package static func join(_ root: [UInt8], _ relative: [UInt8]) -> [UInt8] {
        if relative.isEmpty { return root }
        var path = root
        if path.last != UInt8(ascii: "/") { path.append(UInt8(ascii: "/")) }
        path.append(contentsOf: relative)
        return path
    }

    /// The system's description of the current `errno`, e.g. "Permission denied".
    package static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
