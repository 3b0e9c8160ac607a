import Testing
@testable import PassimEntities

/// The matching rules of docs/gazetteer.md, with the gazetteer alone (no tagger).
@Suite("Gazetteer names in text")
struct EntityMatchingTests {
    func tag(_ text: String) -> [String] { EntityFixtures.tag(text, with: EntityFixtures.rulesOnly) }

    @Test("whole words only, never inside a longer word", arguments: [
        "Russian troops", "Russian-occupied land", "PRESIDENTNATO GNATOYour browser", "the Dronesville fair",
        "Ukrainians", "Kurskaya", "undrones",
    ])
    func wholeWords(text: String) {
        #expect(tag(text).isEmpty)
    }

    @Test func capitalsOnlyNamesMatchOnlyInCapitals() {
        #expect(tag("troops in the US") == ["US=place/country:united-states"])
        #expect(tag("let us go").isEmpty)
        #expect(tag("Us and them").isEmpty)
    }

    @Test func capitalisedNamesNeedTheirCapital() {
        #expect(tag("a holiday in Nice") == ["Nice=place/city:nice"])
        #expect(tag("a nice holiday").isEmpty)
        #expect(tag("NICE IS SUNNY") == ["NICE=place/city:nice"])
    }

    @Test func lowerCaseNamesMatchAnyCaseAndTheirPlural() {
        #expect(tag("Drones flew") == ["Drones=weapon/class:drone"])
        #expect(tag("two ballistic missiles") == ["ballistic missiles=weapon/class:ballistic-missile"])
        #expect(tag("three air-defence batteries") == ["air-defence batteries=weapon/class:air-defence-battery"])
        #expect(Plural.of(Array("box".utf8)) == Array("boxes".utf8))
        #expect(Plural.of(Array("battery".utf8)) == Array("batteries".utf8))
        #expect(Plural.of(Array("day".utf8)) == Array("days".utf8))
    }

    @Test("possessives match, and the span leaves them out", arguments: ["Russia's", "Russia’s", "Russia 's"])
    func possessives(written: String) {
        let text = "in \(written) far east"
        #expect(tag(text) == ["Russia=place/country:russia"])
    }

    @Test func pluralPossessive() {
        #expect(tag("the drones’ range") == ["drones=weapon/class:drone"])
    }

    @Test func longestMatchWins() {
        #expect(tag("troops from North Korea") == ["North Korea=place/country:north-korea"])
        #expect(tag("on the Korean peninsula") == ["Korean peninsula=place/area:korea"])
        #expect(tag("fighting in the Kursk region") == ["Kursk region=place/region:kursk-oblast"])
        #expect(tag("the city of Kursk") == ["Kursk=place/city:kursk"])
    }

    @Test func hyphenatedAndDottedNames() {
        #expect(tag("Kim Jong-un said") == ["Kim Jong-un=actor/person:kim-jong-un"])
        #expect(tag("a KN-23 missile") == ["KN-23=weapon/system:kn-23", "missile=weapon/class:missile"])
        #expect(tag("U.S. officials") == ["U.S.=place/country:united-states"])
    }

    @Test func aliasIsReported() {
        let text = Array("Mr Budanov said".utf8)
        let mention = EntityFixtures.rulesOnly.mentions(in: text)[0]
        #expect(mention.alias == "Budanov")
        #expect(mention.name == "Kyrylo Budanov")
        #expect(mention.range == 3..<10)
    }

    @Test func sharedNamesFollowWhatTheArticleMentioned() {
        #expect(EntityFixtures.tagArticle(["He flew to Tbilisi.", "It rained in Georgia."], with: EntityFixtures.rulesOnly)[1]
            == ["Georgia=place/country:georgia"])
        #expect(EntityFixtures.tagArticle(["He flew to Atlanta.", "It rained in Georgia."], with: EntityFixtures.rulesOnly)[1]
            == ["Georgia=place/region:georgia-us"])
        // No evidence: the first loaded.
        #expect(tag("It rained in Georgia.") == ["Georgia=place/country:georgia"])
    }

    @Test func tokenizerKeepsOffsetsAndShapes() {
        let text = Array("Russia’s U.S.-made 2.8m shells, dictators’ Jong-un".utf8)
        let tokens = EntityTokenizer.tokens(in: text).map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) }
        #expect(tokens == ["Russia", "’s", "U.S.", "-", "made", "2.8m", "shells", ",", "dictators", "’", "Jong-un"])
    }
}
