/// Places named by the words around them: "the city of Zaporizhia", "the
/// town of Vuhledar" (a city), "the Kursk region", "Donetsk Oblast", "Hebei
/// province" (a region, the cue word included in the name).
package enum PlaceCues {
    package struct Found {
        package var tokens: Range<Int>
        /// The tokens of the name without the cue word ("Kursk" of "Kursk region").
        package var core: Range<Int>
        package var subkind: String
    }

    package static func find(_ text: EntityText, sentence: Range<Int>) -> [Found] {
        var found: [Found] = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            // "city of X"
            if k + 2 < sentence.upperBound, !text.tokens[k].isCapitalised, text.token(k, is: .cityCues),
               text.token(k + 1, foldsTo: of), PersonNames.isNameWord(text, k + 2) {
                var end = k + 3
                while end < sentence.upperBound, end - k < 5, PersonNames.isNameWord(text, end) { end += 1 }
                found.append(Found(tokens: k + 2..<end, core: k + 2..<end, subkind: "city"))
                k = end
                continue
            }
            // "X region", "X Oblast"
            if PersonNames.isNameWord(text, k), k == sentence.lowerBound || !PersonNames.isNameWord(text, k - 1) {
                var end = k + 1
                while end < sentence.upperBound, end - k < 3, PersonNames.isNameWord(text, end),
                      !text.token(end, is: .regionCues) { end += 1 }
                if end < sentence.upperBound, text.token(end, is: .regionCues), !text.tokens[end].isPossessive {
                    found.append(Found(tokens: k..<end + 1, core: k..<end, subkind: "region"))
                    k = end + 1
                    continue
                }
            }
            k += 1
        }
        return found
    }

    private static let of = Array("of".utf8)
}
