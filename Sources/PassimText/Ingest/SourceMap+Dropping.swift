extension SourceMap {
    /// The map of the same text without its first `count` bytes (Markdown
    /// front matter); `line` is the file line where the rest begins.
    package func droppingFirst(_ count: Int, line: Int) -> SourceMap {
        var map = SourceMap(anchors: [Anchor(textOffset: 0, fileOffset: fileOffset(at: count), line: line)])
        for anchor in anchors where anchor.textOffset > count {
            map.append(Anchor(textOffset: anchor.textOffset - count, fileOffset: anchor.fileOffset, line: anchor.line))
        }
        return map
    }
}
