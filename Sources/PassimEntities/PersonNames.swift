/// People introduced by a title or role ("General Kyrylo Budanov", "defence
/// minister Andrei Belousov", "Mr Budanov", "defence secretary, Lloyd
/// Austin"), and the article's memory of the people it has named, so that a
/// later "Budanov" or "Mr Foreman" is the person named in full before.
package struct PersonNames: Sendable {
    package struct Person: Sendable {
        package var id: String
        package var name: String
        /// The gazetteer entity, when the person is listed.
        package var entity: Int?
    }

    /// Folded surname → the person last named in full with it.
    package private(set) var bySurname: [[UInt8]: Person] = [:]

    /// Remembers a person named by the tokens `name` of `text`.
    package mutating func remember(_ person: Person, _ text: EntityText, _ name: Range<Int>) {
        guard let last = name.last else { return }
        if name.count >= 2 || bySurname[Array(text.foldedToken(last))] == nil {
            bySurname[Array(text.foldedToken(last))] = person
        }
    }

    /// Remembers a person by the words of their display name ("Lloyd Austin" → "austin").
    package mutating func remember(_ person: Person) {
        let tokens = GazetteerNames.foldedTokens(person.name)
        guard tokens.count >= 2, let last = tokens.last else { return }
        bySurname[last] = person
    }

    package func recall(_ text: EntityText, _ k: Int) -> Person? {
        bySurname.isEmpty ? nil : bySurname[Array(text.foldedToken(k))]
    }

    /// The capitalised words after a title or role that ends just before `start`, if one does:
    /// the token range of the name (1 to 3 words).
    package static func titledName(_ text: EntityText, at start: Int, sentence: Range<Int>) -> Range<Int>? {
        guard start < sentence.upperBound, isNameWord(text, start), hasTitle(text, before: start, sentence: sentence) else {
            return nil
        }
        var end = start + 1
        while end < sentence.upperBound, end - start < 3, isNameWord(text, end), !text.tokens[end].isPossessive { end += 1 }
        return start..<end
    }

    /// True when a title or role ends just before `k`: "General ", "Mr ", "Mr. ", "defence minister ", "secretary, ".
    package static func hasTitle(_ text: EntityText, before k: Int, sentence: Range<Int>) -> Bool {
        var t = k - 1
        guard t >= sentence.lowerBound else { return false }
        let mark = text.tokens[t].count == 1 ? text.bytes[text.tokens[t].start] : 0
        if mark == UInt8(ascii: ".") {  // "Mr. Foreman"
            t -= 1
            guard t >= sentence.lowerBound else { return false }
            return text.tokens[t].isCapitalised && text.token(t, is: .titles)
        }
        if mark == UInt8(ascii: ",") {  // "defence secretary, Lloyd Austin": a role, then a full name
            t -= 1
            guard t >= sentence.lowerBound, !text.tokens[t].isCapitalised else { return false }
            return text.token(t, is: .roles) && k + 1 < sentence.upperBound && isNameWord(text, k + 1)
        }
        guard text.tokens[t].isWord else { return false }
        if text.tokens[t].isCapitalised { return text.token(t, is: .titles) }
        return text.token(t, is: .roles)
    }

    /// `name` without the titles it starts with ("Mr Balls" → "Balls", "Mr. Foreman" → "Foreman").
    package static func withoutTitle(_ text: EntityText, _ name: Range<Int>) -> Range<Int> {
        var start = name.lowerBound
        while name.upperBound - start > 1, text.tokens[start].isCapitalised, text.token(start, is: .titles) {
            start += 1
            if name.upperBound - start > 1, text.tokens[start].count == 1, text.bytes[text.tokens[start].start] == UInt8(ascii: ".") {
                start += 1
            }
        }
        return start..<name.upperBound
    }

    /// A capitalised word that can be part of a name (not all capitals, unless short: "J.", "JR").
    package static func isNameWord(_ text: EntityText, _ k: Int) -> Bool {
        let token = text.tokens[k]
        return token.isWord && token.isCapitalised && token.flags.contains(.hasLowercase) && !token.flags.contains(.hasDigit)
    }
}
