#if canImport(Glibc)
import Glibc
#endif

/// The room an index had when a write found none, for the one line that
/// tells the user: what is free, about how much more the work needed, and
/// whether the limit met was the disk's size or the user's quota.
package struct DiskSpace: Sendable, Equatable {
    /// Bytes free to this user on the index's file system, when known.
    package var free: Int64?
    /// About how many more bytes the unfinished work needed, when it can be told.
    package var needed: Int64?
    /// `needed` is a floor rather than an estimate.
    package var atLeast = false
    /// The limit met was the user's disk quota (EDQUOT), not the disk's size.
    package var quota = false

    package init(free: Int64? = nil, needed: Int64? = nil, quota: Bool = false) {
        self.free = free
        self.needed = needed
        self.quota = quota
    }

    /// The room at `path` now (the nearest existing folder above it, if it is gone).
    package static func at(_ path: String, quota: Bool = false) -> DiskSpace {
        DiskSpace(free: quota ? nil : freeBytes(at: path), quota: quota)
    }

    /// Bytes an unprivileged writer may still use on the file system of `path`.
    package static func freeBytes(at path: String) -> Int64? {
        var folder = path
        while true {
            var info = statvfs()
            if statvfs(folder, &info) == 0 { return Int64(info.f_bavail) * Int64(info.f_frsize) }
            guard errno == ENOENT || errno == ENOTDIR, let slash = folder.lastIndex(of: "/"),
                  slash != folder.startIndex else { return nil }
            folder = String(folder[..<slash])
        }
    }

    /// Whether a failed call's `errno` means the disk (or the quota) is full.
    package static func isFull(errno code: Int32) -> Bool { code == ENOSPC || code == EDQUOT }

    /// The text of the system's errors for a full disk and a full quota, as
    /// Xapian appends them to its messages.
    static let fullDiskText = String(cString: strerror(ENOSPC))
    static let fullQuotaText = String(cString: strerror(EDQUOT))

    /// " (0.3 MB free, about 6.1 MB needed)" ("over" for a floor), or less when less is known.
    var parenthesis: String {
        var parts: [String] = []
        if let free { parts.append("\(Self.megabytes(free, roundingUp: false)) free") }
        // An estimate below what is free says nothing about why the write failed.
        if let needed, needed > (free ?? 0) { parts.append("\(atLeast ? "over" : "about") \(Self.megabytes(needed, roundingUp: true)) needed") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// Bytes as megabytes with one decimal ("0.3 MB"): what is needed rounded
    /// up, what is free rounded down, so that neither flatters the disk.
    static func megabytes(_ bytes: Int64, roundingUp: Bool) -> String {
        let scaled = max(0, bytes) * 10
        let tenths = (scaled + (roundingUp ? 1_048_575 : 0)) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
