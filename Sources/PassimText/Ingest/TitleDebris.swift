/// What a scraped page carries above or inside its first line that is not
/// the article's title: menus, bylines, agency marks, datelines, share and
/// cookie prompts, media-player notices. The title finder skips such lines
/// and cuts player notices out of the line it keeps.
package enum TitleDebris {
    /// Words of site menus; a line of capitalised words most of which are
    /// these is a menu, not a headline.
    static let menuWords: Set<[UInt8]> = Set([
        "home", "news", "world", "politics", "business", "sport", "sports", "opinion", "video", "videos", "live",
        "culture", "science", "tech", "technology", "health", "lifestyle", "travel", "entertainment", "weather",
        "markets", "more", "menu", "search", "latest", "local", "national", "international", "podcasts", "newsletters",
        "style", "food", "money", "media", "photos", "audio", "radio", "tv", "arts", "books", "shop", "login",
    ].map { Array($0.utf8) })

    /// Phrases that mark a whole line as page furniture wherever they occur in it.
    static let furniturePhrases: [[UInt8]] = [
        "we use cookies", "cookie policy", "accept cookies", "accept all cookies", "enable javascript",
        "javascript is disabled", "share on facebook", "share on twitter", "share this", "follow us on",
        "sign up for", "subscribe to our", "click here", "all rights reserved", "image caption", "image source",
        "getty images", "read more:",
    ].map { Array($0.utf8) }

    /// Media-player notices scraped into the text; cut out of a line, which keeps the rest.
    static let playerNotices: [[UInt8]] = [
        "your browser does not support", "your browser doesn't support", "your browser doesn’t support",
        "this video is not available", "this content is not available",
    ].map { Array($0.utf8) }

    static let dateWords: Set<[UInt8]> = Set([
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "am", "pm", "gmt", "utc", "bst", "est", "edt", "cet", "updated",
        "published", "posted", "last", "at", "on", "of", "date", "publication",
    ].map { Array($0.utf8) })

    /// True when `line` (trimmed, whitespace collapsed) is not a title.
    package static func isDebris(_ line: [UInt8]) -> Bool {
        let lowered = line.map(TextBytes.lowercased)
        if furniturePhrases.contains(where: { lowered.contains(subsequence: $0) }) { return true }
        let words = wordList(lowered)
        if words.isEmpty { return true }
        return isByline(line, words) || isAgencyMark(line, words) || isDateline(words) || isMenu(line, words)
    }

    /// `line` with each media-player notice cut out, up to the end of its
    /// sentence ("…Your browser does not support the element., Volodymyr…" → "…, Volodymyr…").
    package static func withoutPlayerNotices(_ line: [UInt8]) -> [UInt8] {
        var result = line
        while let start = playerNotices.lazy.compactMap({ result.map(TextBytes.lowercased).firstRange(of: $0)?.lowerBound }).min() {
            var end = start
            while end < result.count, result[end] != UInt8(ascii: ".") { end += 1 }
            end = min(result.count, end + 1)
            result.removeSubrange(start..<end)
        }
        return TextBytes.collapsingWhitespace(result, 0..<result.count)
    }

    /// "By Jane Smith", "By Jane Smith and John Doe, Reuters": short, starts with "By".
    static func isByline(_ line: [UInt8], _ words: [[UInt8]]) -> Bool {
        words.count <= 8 && words[0] == Array("by".utf8) && words.count >= 2
            && !line.contains(UInt8(ascii: "."))
    }

    /// "CNN —", "(Reuters) -", "AFP –": a word or two ending in a dash.
    static func isAgencyMark(_ line: [UInt8], _ words: [[UInt8]]) -> Bool {
        guard words.count <= 4, let last = line.split(separator: TextBytes.space).last else { return false }
        return [Array("—".utf8), Array("–".utf8), Array("-".utf8)].contains(Array(last))
    }

    /// A line of nothing but a date and a time ("Friday 21 November 2014 10:13", "Updated 3 June 2022").
    static func isDateline(_ words: [[UInt8]]) -> Bool {
        words.count <= 9 && words.contains(where: { $0.first.map(TextBytes.isDigit) ?? false })
            && words.allSatisfy { word in
                dateWords.contains(word) || word.allSatisfy { TextBytes.isDigit($0) || $0 == UInt8(ascii: ":") }
            }
    }

    /// "Home | World | Politics", "News World Business Sport Video Live".
    static func isMenu(_ line: [UInt8], _ words: [[UInt8]]) -> Bool {
        let separators = line.filter { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "/") }.count
            + line.split(separator: TextBytes.space).filter { ["•", "·", "»", "›"].map { Array($0.utf8) }.contains(Array($0)) }.count
        if separators >= 2 { return true }
        let menu = words.filter(menuWords.contains).count
        return words.count >= 3 && menu * 3 >= words.count * 2
    }

    /// Runs of ASCII letters, digits and non-ASCII bytes: the words a rule looks at.
    static func wordList(_ lowered: [UInt8]) -> [[UInt8]] {
        lowered.split { !(TextBytes.isLetter($0) || TextBytes.isDigit($0) || $0 >= 0x80 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "'")) }
            .map(Array.init)
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence needle: [UInt8]) -> Bool { firstRange(of: needle) != nil }
}
