/// Names an article: the title its format declares, else its first real line,
/// else its file name.
package enum TitleFinder {
    /// Titles longer than this many characters are cut at a word boundary.
    package static let maxCharacters = 120

    /// Lines that scraped pages carry above the article, matched exactly after
    /// trimming and in any case.
    package static let boilerplate: Set<[UInt8]> = Set([
        "loading", "loading...", "loading…", "advertisement", "skip to content", "skip to main content",
        "share this article", "share", "menu", "subscribe", "sign in",
    ].map { Array($0.utf8) })

    package static func title(declared: String?, text: [UInt8], fileName: String) -> String {
        if let declared {
            let words = TitleDebris.withoutPlayerNotices(
                TextBytes.collapsingWhitespace(Array(declared.utf8), 0..<declared.utf8.count))
            if !words.isEmpty, !TitleDebris.isDebris(words) { return shortened(words) }
        }
        // The first line that reads as a title; page furniture above it is
        // skipped, and when every line looks like furniture the first serves.
        var firstReal: [UInt8]?
        var lines = TextLines(text)
        var looked = 0
        while let line = lines.next(), looked < maxLinesLooked {
            let content = TextBytes.trimmed(text, line)
            if content.isEmpty || isBoilerplate(text, content) { continue }
            looked += 1
            let words = TextBytes.collapsingWhitespace(text, content)
            if firstReal == nil { firstReal = words }
            if TitleDebris.isDebris(words) { continue }
            let kept = TitleDebris.withoutPlayerNotices(words)
            if !kept.isEmpty { return shortened(kept) }
        }
        if let firstReal { return shortened(firstReal) }
        return fileName.isEmpty ? "untitled" : fileName
    }

    /// Lines of text looked at for a title before settling for the first.
    static let maxLinesLooked = 12

    package static func isBoilerplate(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        content.count <= 24 && boilerplate.contains(text[content].map(TextBytes.lowercased))
    }

    /// `words` cut to about `maxCharacters`, at the last space when there is
    /// one in the second half, with "…" to show the cut.
    package static func shortened(_ words: [UInt8]) -> String {
        var characters = 0
        var cut: Int?
        for (index, byte) in words.enumerated() where TextBytes.startsCharacter(byte) {
            if characters == maxCharacters {
                cut = index
                break
            }
            characters += 1
        }
        guard var end = cut else { return String(decoding: words, as: UTF8.self) }
        if let space = words[..<end].lastIndex(of: TextBytes.space), space >= end / 2 { end = space }
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-")]
            .contains(words[end - 1]) { end -= 1 }
        return String(decoding: words[..<end], as: UTF8.self) + "…"
    }
}
