import PassimSupport
import PassimText
/// A place in an article's file, as editors count: 1-based line, 1-based
/// byte column.
package struct SourcePosition: Sendable, Equatable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Where the hit's first match is in its file: the earliest occurrence,
    /// within the passage's bytes, of a word the snippet highlights (the
    /// passage start when it highlights none). The stored text has its
    /// white space collapsed, so the file is read to count lines; when it
    /// cannot be read or no longer holds the word, the passage's line and
    /// column 1.
    package static func firstMatch(of hit: SearchHit, corpusRoot: String) -> SourcePosition {
        let fallback = SourcePosition(line: hit.record.line, column: 1)
        let path = PathText.bytes(corpusRoot + "/" + hit.record.relativePath)
        guard hit.record.start >= 0, hit.record.end >= hit.record.start,
              let read = try? FileBytes.read(path, shownAs: hit.record.relativePath, limit: hit.record.end).bytes,
              read.count >= hit.record.end
        else { return fallback }
        // Lines end as the indexer saw them end: a lone CR counts as one.
        let file = LineEnds.loneCarriageReturnsAsNewlines(read)
        let passage = hit.record.start..<hit.record.end
        let snippet = Array(hit.snippet.text.utf8)
        var words: [[UInt8]] = []
        for range in hit.snippet.highlights where range.upperBound <= snippet.count {
            let word = Array(snippet[range])
            if !word.isEmpty, !words.contains(word) { words.append(word) }
        }
        var found: Int?
        if words.isEmpty {
            found = passage.lowerBound
        } else {
            for foldingCase in [false, true] where found == nil {
                for word in words {
                    if let at = firstWord(word, in: file, within: passage, foldingCase: foldingCase), at < (found ?? .max) {
                        found = at
                    }
                }
            }
        }
        guard let at = found else { return fallback }
        var line = 1, lineStart = 0
        for i in 0..<at where file[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        return SourcePosition(line: line, column: at - lineStart + 1)
    }

    /// The offset of the first whole-word occurrence of `word` in `bytes[range]`.
    private static func firstWord(_ word: [UInt8], in bytes: [UInt8], within range: Range<Int>, foldingCase: Bool) -> Int? {
        guard word.count <= range.count else { return nil }
        func same(_ a: UInt8, _ b: UInt8) -> Bool { foldingCase ? TextBytes.lowercased(a) == TextBytes.lowercased(b) : a == b }
        // ASCII only: a curly apostrophe after a name ("Russia’s") must end the word.
        func isWordByte(_ b: UInt8) -> Bool { TextBytes.isLetter(b) || TextBytes.isDigit(b) }
        var i = range.lowerBound
        while i + word.count <= range.upperBound {
            if same(bytes[i], word[0]) {
                var j = 1
                while j < word.count, same(bytes[i + j], word[j]) { j += 1 }
                if j == word.count,
                   i == 0 || !isWordByte(bytes[i - 1]) || !isWordByte(word[0]),
                   i + j == bytes.count || !isWordByte(bytes[i + j]) || !isWordByte(word[j - 1]) {
                    return i
                }
            }
            i += 1
        }
        return nil
    }
}
