/// Words after which a period does not end the sentence: abbreviations
/// ("Mr. Budanov", "Oct. 23", "e.g. this") and initials ("J. R. R. Tolkien",
/// "U.S. officials"). Case matters — "No. 10" but "he said no. Then" — though
/// the all-capitals form counts too, for headlines ("MR. SMITH").
package enum Abbreviations {
    /// A small list, chosen for news: a word here never ends a sentence, so
    /// "Acme Inc. The deal" stays one sentence; a missed end costs less than a
    /// false one.
    package static let words = [
        // titles before a name
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Cpl",
        "Pvt", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Insp", "Messrs", "Mme", "Mlle",
        "St", "Ste", "Mt", "Ft",
        // first names as newswire abbreviates them ("Wm. Wrigley Jr. Co")
        "Wm", "Chas", "Jas", "Thos",
        // after a name
        "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros",
        // before a number
        "No", "Nos", "Vol", "Fig", "pp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec",
        // inside a clause
        "vs", "etc", "e.g", "i.e", "cf", "viz", "approx",
    ]

    /// The words and their all-capitals forms as bytes, indexed by length.
    private static let byLength: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: longest + 1)
        for word in words {
            let upper = word.uppercased()
            table[word.utf8.count].append(Array(word.utf8))
            if upper != word { table[upper.utf8.count].append(Array(upper.utf8)) }
        }
        return table
    }()

    private static let longest = words.map(\.utf8.count).max() ?? 0

    /// Bytes looked at before a period; a longer run cannot be an abbreviation.
    private static let lookBehind = 24

    /// True when the period at `period` follows an abbreviation or an initial,
    /// looking no further back than `start`.
    package static func precede(_ period: Int, in text: ProseBytes, from start: Int) -> Bool {
        // The word before the period, less any opening quote or bracket: "(Gen." is "Gen".
        let limit = max(start, period - lookBehind)
        var wordStart = period
        while wordStart > limit, text.trimmingWhiteSpace(before: wordStart, from: limit) == wordStart {
            wordStart -= 1
        }
        while wordStart < period {
            let width = text.openingMarkWidth(at: wordStart)
            if width == 0 { break }
            wordStart += width
        }
        // Its last dot-separated part: "S" of "U.S", "g" of "e.g".
        var partStart = period
        while partStart > wordStart, text[partStart - 1] != UInt8(ascii: ".") { partStart -= 1 }

        let initialWidth = partStart < period ? text.capitalWidth(at: partStart) : 0
        if initialWidth > 0, partStart + initialWidth == period { return true }
        return isListed(wordStart..<period, in: text) || isListed(partStart..<period, in: text)
    }

    private static func isListed(_ range: Range<Int>, in text: ProseBytes) -> Bool {
        guard !range.isEmpty, range.count <= longest else { return false }
        return byLength[range.count].contains { word in
            var i = range.lowerBound
            for byte in word {
                if text[i] != byte { return false }
                i += 1
            }
            return true
        }
    }
}
