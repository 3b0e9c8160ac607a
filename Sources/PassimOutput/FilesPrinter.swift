import PassimSupport
import PassimIndex
/// `--files`: the path of each matching article once, best first, ending in
/// a newline or, with `-0`, a NUL byte for `xargs -0`. A path is written
/// as the file system's exact bytes, UTF-8 or not, so it can be opened;
/// on a terminal (`forTerminal`) its control characters and bad bytes are
/// shown escaped instead, as in the human output.
package struct FilesPrinter {
    package let terminator: UInt8
    package let forTerminal: Bool
    private var seen: Set<String> = []

    package init(nullTerminated: Bool, forTerminal: Bool = false) {
        terminator = nullTerminated ? 0 : UInt8(ascii: "\n")
        // -0 is for xargs even when it lands on a terminal.
        self.forTerminal = forTerminal && !nullTerminated
    }

    /// The path line for `hit`, or nil when its file was already listed.
    package mutating func render(_ hit: SearchHit) -> [UInt8]? {
        guard seen.insert(hit.path).inserted else { return nil }
        return (forTerminal ? Array(TerminalText.path(hit.path).utf8) : PathText.bytes(hit.path)) + [terminator]
    }
}
