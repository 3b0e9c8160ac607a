import Glibc

/// Where a program is found on $PATH: the one search for every program Passim
/// runs (pdftotext, unzip, the pager, xapian-tcpsrv).
package enum ProgramPath {
    /// The full path of `name` on $PATH, or nil when no folder of it holds an
    /// executable of that name. A name with a slash is taken as a path.
    package static func find(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let search = FileSystem.environment("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in search.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
