import PassimIndex
/// `--files`: the path of each matching article once, best first, ending in
/// a newline or, with `-0`, a NUL byte for `xargs -0`.
package struct FilesPrinter {
    package let terminator: String
    private var seen: Set<String> = []

    package init(nullTerminated: Bool) { terminator = nullTerminated ? "\0" : "\n" }

    /// The path line for `hit`, or nil when its file was already listed.
    package mutating func render(_ hit: SearchHit) -> String? {
        seen.insert(hit.path).inserted ? hit.path + terminator : nil
    }
}
