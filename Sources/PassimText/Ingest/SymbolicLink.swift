import Glibc
import PassimSupport

/// Where symbolic links lead, in path bytes.
package enum SymbolicLink {
    /// `path` with every link and `..` resolved; nil when it cannot be.
    package static func resolved(_ path: [UInt8]) -> [UInt8]? {
        guard let real = POSIXPath.with(path, { realpath($0, nil) }) else { return nil }
        defer { free(real) }
        return Array(UnsafeBufferPointer(start: real, count: strlen(real))).map { UInt8(bitPattern: $0) }
    }

    /// Whether the resolved path `path` is `folder` or lies under it.
    package static func isWithin(_ path: [UInt8], _ folder: [UInt8]) -> Bool {
        if path == folder { return true }
        let prefix = folder.last == UInt8(ascii: "/") ? folder : folder + [UInt8(ascii: "/")]
        return path.starts(with: prefix)
    }
}
