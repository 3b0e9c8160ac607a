/// Step 1 of `ArticleTagger`: weapons by gazetteer name, phrase, compound, shape and context.
extension ArticleTagger {
    mutating func claimWeapons(_ pass: inout Pass) {
        let gazetteer = self.gazetteer
        let isWeapon = { (alias: Int32) in gazetteer.kind(ofAlias: alias) == .weapon }
        for match in pass.matches {
            guard let alias = match.aliases.first(where: isWeapon), !pass.isTaken(match.tokens),
                  !WeaponNames.namesAPerson(pass.text, match.tokens), !WeaponContext.isIdiom(pass.text, match.tokens) else { continue }
            let sentence = pass.sentence(of: match.tokens.lowerBound)
            let span = WeaponPhrases.extend(pass.text, match.tokens, sentence: sentence, taken: pass.taken)
            pass.claim(span, alias: alias, gazetteer: gazetteer)
        }
        for k in 0..<pass.text.count where !pass.taken[k] {
            let sentence = pass.sentence(of: k)
            guard let found = WeaponPhrases.compound(pass.text, at: k, sentence: sentence, gazetteer: gazetteer, isWeapon: isWeapon),
                  !pass.isTaken(found.tokens) else { continue }
            let span = WeaponPhrases.extend(pass.text, found.tokens, sentence: sentence, taken: pass.taken)
            pass.claim(span, alias: found.alias, gazetteer: gazetteer, fromRule: true)
        }
        claimWeaponShapes(&pass)
        var weapon = [Bool](repeating: false, count: pass.text.count)
        for claim in pass.claims where claim.mention.kind == .weapon { for t in claim.tokens { weapon[t] = true } }
        for found in WeaponContext.find(pass.text, sentences: pass.sentences, taken: pass.taken, weapon: weapon) {
            if let index = gazetteer.index(of: found.classID) { pass.claim(found.tokens, entity: index, gazetteer: gazetteer) }
        }
    }

    /// Ships by their navy's prefix and designations by their shape, where the gazetteer named neither.
    private func claimWeaponShapes(_ pass: inout Pass) {
        for k in 0..<pass.text.count where !pass.taken[k] {
            let sentence = pass.sentence(of: k)
            var found = WeaponNames.ship(pass.text, at: k, sentence: sentence)
            if found == nil, let designation = WeaponNames.designation(pass.text, at: k) { found = designation.tokens }
            guard let tokens = found, !pass.isTaken(tokens) else { continue }
            var name = pass.text.string(tokens)
            if tokens.count == 1, name.hasSuffix("s"), WeaponNames.designation(pass.text, at: k)?.plural == true { name.removeLast() }
            let id = EntitySlug.make(name)
            let listed = gazetteer.entity(id)
            pass.claim(tokens, mention: EntityMention(
                id: listed?.id ?? id, kind: .weapon, subkind: listed?.subkind ?? "system", name: listed?.name ?? name,
                range: pass.text.byteRange(tokens), alias: nil))
        }
    }
}
