import PassimSupport
/// Groups the sentences of a long paragraph into windows: about `target`
/// words each, never more than `maxWords`, and consecutive windows share their
/// boundary sentence, so a phrase that spans two windows is whole in one.
package enum SentenceWindows {
    /// Windows as ranges of sentence indices, given each sentence's word count
    /// (none over `maxWords`; cut longer ones first).
    package static func windows(
        wordCounts: [Int], target: Int = Tuning.windowTargetWords, maxWords: Int = Tuning.passageMaxWords
    ) -> [Range<Int>] {
        let count = wordCounts.count
        guard count > 0 else { return [] }
        // Words from each sentence to the end: a short tail joins the last window instead of making a sliver.
        var wordsFrom = [Int](repeating: 0, count: count + 1)
        for i in stride(from: count - 1, through: 0, by: -1) { wordsFrom[i] = wordsFrom[i + 1] + wordCounts[i] }

        var windows: [Range<Int>] = []
        var first = 0
        var sharesFirst = false
        while true {
            var end = first + 1
            var words = wordCounts[first]
            if sharesFirst {  // the shared sentence alone would repeat the previous window
                words += wordCounts[end]
                end += 1
            }
            if words + wordsFrom[end] <= maxWords {
                end = count
            } else {
                // Take the next sentence while that brings the size closer to the target.
                while end < count, words + wordCounts[end] <= maxWords,
                      words + wordCounts[end] - target < target - words {
                    words += wordCounts[end]
                    end += 1
                }
            }
            windows.append(first..<end)
            if end == count { return windows }
            // Share the boundary sentence unless it and the next would overflow a window.
            sharesFirst = wordCounts[end - 1] + wordCounts[end] <= maxWords
            first = sharesFirst ? end - 1 : end
        }
    }
}
