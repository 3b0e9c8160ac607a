import PassimSupport
import PassimIndex
/// `--files`: the path of each matching article once, best first, ending in
/// a newline or, with `-0`, a NUL byte for `xargs -0`. A path is written
/// as the file system's exact bytes, UTF-8 or not, so it can be opened.
package struct FilesPrinter {
    package let terminator: UInt8
    private var seen: Set<String> = []

    package init(nullTerminated: Bool) { terminator = nullTerminated ? 0 : UInt8(ascii: "\n") }

    /// The path line for `hit`, or nil when its file was already listed.
    package mutating func render(_ hit: SearchHit) -> [UInt8]? {
        seen.insert(hit.path).inserted ? PathText.bytes(hit.path) + [terminator] : nil
    }
}
