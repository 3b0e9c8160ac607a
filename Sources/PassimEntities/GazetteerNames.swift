import PassimText
/// Every name and alias of a gazetteer, indexed as sequences of folded tokens
/// for longest-match lookup: a trie kept as a hash table from the running hash
/// of a token sequence to its node.
package struct GazetteerNames: Sendable {
    /// How the letter case of a name must appear in the text (docs/gazetteer.md).
    package enum CasePolicy: UInt8, Sendable {
        /// Lower-case names: any case, and their plural too.
        case any
        /// Names that start with a capital match only where the text starts them with one.
        case capitalised
        /// Names in capitals only match only in capitals.
        case capitals
    }

    package struct Alias: Sendable {
        package var entity: Int32
        /// The name or alias as the gazetteer writes it.
        package var text: String
        package var tokens: [[UInt8]]
        package var policy: CasePolicy
        /// A weapon's plural made by a lower-case "s" after a capital or digit ("IEDs", "F-16s"):
        /// the policy holds for the name without it.
        package var pluralS = false
    }

    /// A name found in a text: tokens `tokens` of it, naming the entities of `aliases` (load order).
    package struct Match: Equatable {
        package var tokens: Range<Int>
        package var aliases: [Int32]
    }

    private struct Node: Sendable {
        package var aliases: [Int32] = []
        package var hasLonger = false
    }

    package private(set) var aliases: [Alias] = []
    private var nodeIndex = HashedMap<Int32>()
    private var nodes: [Node] = []
    package private(set) var longest = 0

    package init(entities: [Entity]) {
        for (index, entity) in entities.enumerated() {
            var seen = Set<[[UInt8]]>()
            for name in [entity.name] + entity.aliases {
                let tokens = Self.foldedTokens(name)
                guard !tokens.isEmpty else { continue }
                let policy = WeaponNames.policy(of: name, tokens: tokens, kind: entity.kind) ?? Self.policy(of: name)
                var forms = [tokens]
                if policy == .any, let plural = Plural.of(tokens[tokens.count - 1]) {
                    forms.append(Array(tokens.dropLast()) + [plural])
                }
                for form in forms where seen.insert(form).inserted {
                    add(Alias(entity: Int32(index), text: name, tokens: form, policy: policy))
                }
                if policy != .any, entity.kind == .weapon, let plural = WeaponNames.pluralS(of: tokens, written: name),
                   seen.insert(plural).inserted {
                    add(Alias(entity: Int32(index), text: name, tokens: plural, policy: policy, pluralS: true))
                }
            }
        }
    }

    private mutating func add(_ alias: Alias) {
        let aliasIndex = Int32(aliases.count)
        aliases.append(alias)
        longest = max(longest, alias.tokens.count)
        var hash = Self.seed
        for (position, token) in alias.tokens.enumerated() {
            hash = TokenFold.extend(hash, with: TokenFold.hash(token))
            let node: Int
            if let found = nodeIndex[hash] {
                node = Int(found)
            } else {
                node = nodes.count
                nodes.append(Node())
                nodeIndex[hash] = Int32(node)
            }
            if position == alias.tokens.count - 1 {
                nodes[node].aliases.append(aliasIndex)
            } else {
                nodes[node].hasLonger = true
            }
        }
    }

    package static let seed: UInt64 = 0x5A17_E77E_0000_0001

    /// The folded tokens of a name ("Kim Jong-un" → ["kim", "jong-un"]).
    package static func foldedTokens(_ name: String) -> [[UInt8]] {
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let text = ProseBytes(buffer)
            return EntityTokenizer.tokens(in: text, range: 0..<buffer.count).map { token in
                var folded: [UInt8] = []
                folded.reserveCapacity(token.count)
                TokenFold.fold(text, token.start..<token.end, into: &folded)
                return folded
            }
        }
    }

    package static func policy(of name: String) -> CasePolicy {
        var hasUpper = false
        var hasLower = false
        var firstLetterUpper: Bool?
        let bytes = Array(name.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let text = ProseBytes(buffer)
            var i = 0
            while i < buffer.count {
                let capital = text.capitalWidth(at: i)
                if capital > 0 {
                    hasUpper = true
                    if firstLetterUpper == nil { firstLetterUpper = true }
                    i += capital
                    continue
                }
                let byte = buffer[i]
                if byte &- 0x61 < 26 || (byte >= 0xC3 && EntityTokenizer.isWordChar(text, i, buffer.count)) {
                    hasLower = true
                    if firstLetterUpper == nil { firstLetterUpper = false }
                }
                i += byte < 0x80 ? 1 : EntityTokenizer.charWidth(text, i, buffer.count)
            }
        }
        if hasUpper, !hasLower { return .capitals }
        return firstLetterUpper == true ? .capitalised : .any
    }

    /// The aliases whose folded tokens are exactly `tokens`, whatever the case policy.
    package func aliases(forFolded tokens: [[UInt8]]) -> [Int32] {
        var hash = Self.seed
        for token in tokens { hash = TokenFold.extend(hash, with: TokenFold.hash(token)) }
        guard let node = nodeIndex[hash] else { return [] }
        return nodes[Int(node)].aliases.filter { aliases[Int($0)].tokens == tokens }
    }

    /// The names in `text`: at each token the longest name that starts there and
    /// obeys its case policy; then, where such names overlap, the longest wins
    /// (the earlier on a tie).
    package func matches(in text: EntityText) -> [Match] {
        var found: [Match] = []
        let tokens = text.tokens
        for start in 0..<tokens.count where tokens[start].isWord {
            var hash = Self.seed
            var best: Match?
            var end = start
            while end < tokens.count, end - start < longest {
                hash = TokenFold.extend(hash, with: text.hashes[end])
                guard let nodeNumber = nodeIndex[hash] else { break }
                end += 1
                let node = nodes[Int(nodeNumber)]
                if !node.aliases.isEmpty {
                    let fitting = node.aliases.filter { fits(aliases[Int($0)], text, start) }
                    if !fitting.isEmpty { best = Match(tokens: start..<end, aliases: fitting) }
                }
                if !node.hasLonger { break }
            }
            if let best { found.append(best) }
        }
        guard found.count > 1 else { return found }
        // Longest first; keep a match unless it overlaps one already kept.
        let order = found.indices.sorted {
            let a = found[$0].tokens, b = found[$1].tokens
            return a.count != b.count ? a.count > b.count : a.lowerBound < b.lowerBound
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var kept: [Match] = []
        for index in order {
            let match = found[index]
            if match.tokens.contains(where: { taken[$0] }) { continue }
            for t in match.tokens { taken[t] = true }
            kept.append(match)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// True when `alias` matches the tokens of `text` from `start`: the same
    /// folded words, in the case its policy asks for.
    private func fits(_ alias: Alias, _ text: EntityText, _ start: Int) -> Bool {
        for (offset, token) in alias.tokens.enumerated() where !text.token(start + offset, foldsTo: token) {
            return false
        }
        switch alias.policy {
        case .any:
            return true
        case .capitalised:
            return text.tokens[start].isCapitalised
        case .capitals:
            let last = alias.tokens.count - 1
            for offset in 0..<last where text.tokens[start + offset].flags.contains(.hasLowercase) {
                return false
            }
            let token = text.tokens[start + last]
            guard alias.pluralS else { return !token.flags.contains(.hasLowercase) }
            return !text.bytes[token.start..<token.end - 1].contains { $0 &- 0x61 < 26 }
        }
    }
}

/// English plurals of lower-case class names: "missile" → "missiles",
/// "ship" → "ships", "battery" → "batteries", "box" → "boxes".
package enum Plural {
    package static func of(_ word: [UInt8]) -> [UInt8]? {
        guard let last = word.last, last &- 0x61 < 26 else { return nil }
        let s = UInt8(ascii: "s")
        if last == s || last == UInt8(ascii: "x") || last == UInt8(ascii: "z") {
            return word + [UInt8(ascii: "e"), s]
        }
        if word.count >= 2, last == UInt8(ascii: "h"),
           word[word.count - 2] == UInt8(ascii: "c") || word[word.count - 2] == s {
            return word + [UInt8(ascii: "e"), s]
        }
        if last == UInt8(ascii: "y"), word.count >= 2, !"aeiou".utf8.contains(word[word.count - 2]) {
            return word.dropLast() + Array("ies".utf8)
        }
        return word + [s]
    }
}
