import Testing
@testable import PassimEntities
@testable import PassimText

/// The seed article, tagged as one article paragraph by paragraph, with the fixture gazetteer and the shipped tagger.
private enum Seed {
    static let text = PassageFixtures.seed
    static let mentions: [EntityMention] = {
        var article = EntityFixtures.recognizer.article()
        var all: [EntityMention] = []
        for paragraph in Paragraphs.ranges(in: text) {
            for var mention in article.mentions(in: Array(text[paragraph])) {
                mention.range = mention.range.lowerBound + paragraph.lowerBound..<mention.range.upperBound + paragraph.lowerBound
                all.append(mention)
            }
        }
        return all
    }()

    /// The mention that starts where `word` does inside the first occurrence of `phrase`.
    static func mention(_ word: String, in phrase: String) -> EntityMention? {
        guard let phraseStart = find(Array(phrase.utf8), in: text, from: 0),
              let start = find(Array(word.utf8), in: text, from: phraseStart) else { return nil }
        return mentions.first { $0.range.lowerBound == start }
    }

    static func text(of mention: EntityMention?) -> String? {
        mention.map { String(decoding: text[$0.range], as: UTF8.self) }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle { return i }
            i += 1
        }
        return nil
    }
}

@Suite("The recogniser on the seed article")
struct EntitySeedTests {
    @Test func budanovIsIntroducedThenShortened() {
        #expect(Seed.mention("Kyrylo", in: "General Kyrylo Budanov")?.id == "kyrylo-budanov")
        #expect(Seed.text(of: Seed.mention("Kyrylo", in: "General Kyrylo Budanov")) == "Kyrylo Budanov")
        #expect(Seed.mention("Budanov", in: "Mr Budanov says shipments")?.id == "kyrylo-budanov")
        #expect(Seed.mention("Budanov", in: "grumbles General Budanov")?.name == "Kyrylo Budanov")
    }

    @Test func anUnlistedPersonIsFoundByTheTagger() {
        let foreman = Seed.mention("John", in: "John Foreman, who paid")
        #expect(foreman?.id == "john-foreman")
        #expect(foreman?.kind == .actor)
        #expect(foreman?.subkind == "person")
        #expect(foreman?.alias == nil)
        #expect(Seed.text(of: foreman) == "John Foreman")
    }

    @Test func theKurskRegion() {
        let kursk = Seed.mention("Kursk", in: "Russia’s Kursk region")
        #expect(kursk?.id == "kursk-oblast")
        #expect(kursk?.kind == .place)
        #expect(Seed.text(of: kursk) == "Kursk region")
        #expect(Seed.mention("Khabarovsk", in: "the Khabarovsk region")?.id == "khabarovsk-krai")
    }

    @Test func washingtonAsGovernment() {
        let washington = Seed.mention("Washington", in: "well received in Washington")
        #expect(washington?.id == "us-government")
        #expect(washington?.kind == .actor)
        #expect(washington?.subkind == "organisation")
    }

    @Test func lloydAustinIsNotTheCity() {
        let austin = Seed.mention("Lloyd", in: "defence secretary, Lloyd Austin")
        #expect(austin?.id == "lloyd-austin")
        #expect(Seed.text(of: austin) == "Lloyd Austin")
        #expect(!Seed.mentions.contains { $0.id == "austin" })
    }

    @Test("weapon phrases span their modifiers and name their class", arguments: [
        ("low-yield", "for low-yield tactical", "low-yield tactical nuclear weapons", "nuclear-weapon"),
        ("submarine", "and submarine missile", "submarine missile-launch systems", "launch-system"),
        ("tactical", "deadly tactical strike", "tactical strike drones", "attack-drone"),
        ("long-range", "of long-range missiles", "long-range missiles", "missile"),
        ("ballistic", "also sent ballistic", "ballistic missiles", "ballistic-missile"),
        ("drones", "with drones", "drones", "drone"),
    ])
    func weaponPhrases(word: String, phrase: String, span: String, id: String) {
        let weapon = Seed.mention(word, in: phrase)
        #expect(Seed.text(of: weapon) == span)
        #expect(weapon?.id == id)
        #expect(weapon?.kind == .weapon)
    }

    @Test("countries act as states, or are places", arguments: [
        ("America", "by America’s defence secretary", EntityKind.actor),
        ("Ukraine", "Ukraine maintains", .actor),
        ("North Korea", "North Korea’s dictator", .actor),
        ("Ukraine", "Ukraine’s military intelligence", .actor),
        ("Russia", "troops to Russia", .place),
        ("Russia", "in Russia’s far east", .place),
        ("Russia", "Russia’s Kursk region", .place),
        ("North Korea", "North Korea has also sent", .actor),
        ("Russia", "Russia is making significant", .actor),
        ("Russia", "Russia is helping", .actor),
        ("North Korea", "helping North Korea circumvent", .actor),
        ("South Korea", "backed up by South Korea", .actor),
        ("Russia", "get Russia to negotiate", .actor),
        ("Russia", "short of Russia’s own annual production", .actor),
        ("Russia", "Russia’s next objective", .actor),
        ("Ukraine", "Ukraine’s worries", .actor),
        ("Ukraine", "UKRAINE’S PRESIDENT", .actor),
        ("Russia", "come to Russia’s assistance", .place),
        ("Ukraine", "Ukraine’s second-biggest backer", .place),
        ("North Korea", "look down on North Korea", .place),
        ("Iran", "Iran continues to supply", .actor),
        ("Russia", "supply Russia with", .place),
        ("Germany", "Germany, Ukraine’s second-biggest", .actor),
        ("France", "France has done", .actor),
        ("Russia", "Russia, in contrast", .actor),
        ("Ukraine", "the territory Ukraine seized", .actor),
        ("Russia", "targets in Russia", .place),
        ("China", "officials in China", .place),
    ])
    func countryPolicy(name: String, phrase: String, kind: EntityKind) {
        let mention = Seed.mention(name, in: phrase)
        #expect(Seed.text(of: mention) == name)
        #expect(mention?.kind == kind)
        #expect(mention?.subkind == (kind == .actor ? "state" : "country"))
    }

    @Test func demonymsAreNotMentions() {
        for mention in Seed.mentions {
            let text = Seed.text(of: mention) ?? ""
            #expect(!["Russian", "Russians", "North Korean", "North Koreans", "Ukrainian"].contains(text))
        }
    }

    @Test func mentionsAreOrderedAndWithinTheText() {
        let starts = Seed.mentions.map(\.range.lowerBound)
        #expect(starts == starts.sorted())
        #expect(Seed.mentions.allSatisfy { $0.range.upperBound <= Seed.text.count && !$0.range.isEmpty })
    }

    @Test func sameInputSameOutput() {
        let text = Seed.text
        let first = EntityFixtures.recognizer.mentions(in: text)
        let second = EntityFixtures.recognizer.mentions(in: text)
        #expect(first == second)
        #expect(!first.isEmpty)
    }
}

@Suite("The recogniser's rules")
struct EntityRuleTests {
    @Test func shortMentionsOfPeopleTheGazetteerDoesNotKnow() {
        let passages = EntityFixtures.tagArticle([
            "John Foreman, a former attaché, spoke.",
            "Mr Foreman says the war is long. Foreman added that it would go on.",
        ])
        #expect(passages[0].contains("John Foreman=actor/person:john-foreman"))
        #expect(passages[1].contains("Foreman=actor/person:john-foreman"))
        #expect(passages[1].filter { $0 == "Foreman=actor/person:john-foreman" }.count == 2)
    }

    @Test func aSurnameBeforeTheFullNameInItsPassage() {
        let found = EntityFixtures.tag("Brown ally rejects Budget spree\n\nChancellor Gordon Brown's closest ally has denied it.")
        #expect(found.first == "Brown=actor/person:gordon-brown")
        #expect(found.contains("Gordon Brown=actor/person:gordon-brown"))
    }

    @Test func aTitledSurnameMakesAPerson() {
        let found = EntityFixtures.tag("Ed Balls, ex-chief economic adviser to the Treasury, said there would be no spree. "
                                       + "But Mr Balls, a prospective Labour MP, said he was confident.")
        #expect(found.contains("Ed Balls=actor/person:ed-balls"))
        #expect(found.contains("Balls=actor/person:ed-balls"))
        #expect(!found.contains { $0.contains("mr-balls") })
    }

    @Test func titlesIntroducePeople() {
        #expect(EntityFixtures.tag("Last week defence minister Andrei Belousov met officials.")
            .contains("Andrei Belousov=actor/person:andrei-belousov"))
        #expect(EntityFixtures.tag("President Zelensky spoke.") == ["Zelensky=actor/person:volodymyr-zelensky"])
        #expect(EntityFixtures.tag("Yesterday General Oleksandr Syrskyi said little.")
            .contains("Oleksandr Syrskyi=actor/person:oleksandr-syrskyi"))
    }

    @Test func austinTheCityAndMrAustin() {
        let passages = EntityFixtures.tagArticle([
            "He lives in Austin, a city in Texas.",
            "The defence secretary, Lloyd Austin, visited Kyiv.",
            "Mr Austin said nothing more.",
        ])
        #expect(passages[0].contains("Austin=place/city:austin"))
        #expect(passages[1].contains("Lloyd Austin=actor/person:lloyd-austin"))
        #expect(passages[2].contains("Austin=actor/person:lloyd-austin"))
    }

    @Test func personNamesThatAreCountries() {
        let passages = EntityFixtures.tagArticle([
            "Michael Jordan scored 40 points on Sunday.",
            "Jordan said he was tired.",
        ])
        #expect(passages[0].contains("Michael Jordan=actor/person:michael-jordan"))
        #expect(passages[1].contains("Jordan=actor/person:michael-jordan"))
        #expect(EntityFixtures.tag("King Abdullah returned to Jordan on Monday.").contains("Jordan=place/country:jordan"))
    }

    @Test func placesFromCues() {
        #expect(EntityFixtures.tag("Shelling hit the city of Kharkiv overnight.") == ["Kharkiv=place/city:kharkiv"])
        #expect(EntityFixtures.tag("Fighting spread across Donetsk Oblast.") == ["Donetsk Oblast=place/region:donetsk-oblast"])
        #expect(EntityFixtures.tag("Floods hit Hebei province.") == ["Hebei province=place/region:hebei-province"])
        #expect(EntityFixtures.tag("He was born in the city of Zaporizhia.") == ["Zaporizhia=place/city:zaporizhzhia"])
    }

    @Test func washingtonTheCity() {
        #expect(EntityFixtures.tag("He moved to Washington in 1990.") == ["Washington=place/city:washington"])
        #expect(EntityFixtures.tag("Washington says the talks failed.") == ["Washington=actor/organisation:us-government"])
    }

    @Test func aCapitalStandsForItsGovernment() throws {
        // No alias "Washington" for the government: the capital acting means its country's government.
        let gazetteer = try Gazetteer(text: """
            united-states\tplace\tcountry\tUnited States\t\t
            washington\tplace\tcity\tWashington\t\tunited-states\t\tcapital
            white-house\tactor\torganisation\tWhite House\tUS government\tunited-states

            """)
        let recognizer = EntityRecognizer(gazetteer: gazetteer, tagger: nil)
        #expect(EntityFixtures.tag("It was not well received in Washington.", with: recognizer)
            == ["Washington=actor/organisation:white-house"])
        #expect(EntityFixtures.tag("Washington has denied it.", with: recognizer) == ["Washington=actor/organisation:white-house"])
        #expect(EntityFixtures.tag("She lives in Washington.", with: recognizer) == ["Washington=place/city:washington"])
        #expect(EntityFixtures.tag("Washington is cold in winter.", with: recognizer) == ["Washington=place/city:washington"])
    }

    @Test func possessorsOfAgentsAct() {
        #expect(EntityFixtures.tag("Meanwhile France’s Europe Director will attend.", with: EntityFixtures.rulesOnly)
            == ["France=actor/state:france"])
        #expect(EntityFixtures.tag("the talks on France’s future", with: EntityFixtures.rulesOnly) == ["France=place/country:france"])
    }

    @Test func namesThatAreNotPeople() {
        #expect(EntityFixtures.tag("He presented his five-point “Victory Plan,” last week.").isEmpty)
    }

    @Test func coordinationWithAPerson() throws {
        let gazetteer = try Gazetteer(text: """
            chekhov\tplace\tcity\tChekhov\t\t
            anton-chekhov\tactor\tperson\tAnton Chekhov\tChekhov\t
            pyotr-tchaikovsky\tactor\tperson\tPyotr Tchaikovsky\tTchaikovsky\t

            """)
        let recognizer = EntityRecognizer(gazetteer: gazetteer, tagger: nil)
        #expect(EntityFixtures.tag("the power with Tchaikovsky and Chekhov and ballet", with: recognizer)
            == ["Tchaikovsky=actor/person:pyotr-tchaikovsky", "Chekhov=actor/person:anton-chekhov"])
        #expect(EntityFixtures.tag("a town called Chekhov", with: recognizer) == ["Chekhov=place/city:chekhov"])
    }

    @Test func consecutivePassagesMayOverlap() {
        let passages = EntityFixtures.tagArticle([
            "General Kyrylo Budanov spoke. Mr Budanov said more.",
            "Mr Budanov said more. Budanov left.",
        ])
        #expect(passages[1] == ["Budanov=actor/person:kyrylo-budanov", "Budanov=actor/person:kyrylo-budanov"])
    }

    @Test func emptyAndOddText() {
        #expect(EntityFixtures.tag("").isEmpty)
        #expect(EntityFixtures.tag("   \n\n ").isEmpty)
        #expect(EntityFixtures.tag("’s ’ - , .").isEmpty)
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0xC3]  // not UTF-8: no crash, offsets stay inside
        #expect(EntityFixtures.recognizer.mentions(in: bytes).allSatisfy { $0.range.upperBound <= bytes.count })
    }

    @Test func tablesAndNumeralsAreNotNames() {
        let found = EntityFixtures.tag("Reserves I, II and III have matured. Level IV reflects grain.\n Wheat   2.55   IV   4.65\n")
        #expect(!found.contains { $0.hasPrefix("IV=") || $0.hasPrefix("III=") || $0.hasPrefix("I=") })
        #expect(EntitySentences.ranges(EntityText(Array("Natl   Loan   Release".utf8))).count == 3)
    }

    @Test func slugs() {
        #expect(EntitySlug.make("John Foreman") == "john-foreman")
        #expect(EntitySlug.make("U.S. Army") == "us-army")
        #expect(EntitySlug.make("O’Brien") == "obrien")
        #expect(EntitySlug.make("AT&T") == "at-t")
    }
}
