import Testing
@testable import PassimEntities

/// A capital standing for its government as the subject, owner or party of talks.
struct CapitalGovernmentTests {
    static let recognizer: EntityRecognizer = {
        let gazetteer = try! Gazetteer(text: """
            united-states\tplace\tcountry\tUnited States\t\t
            district-of-columbia\tplace\tregion\tDistrict of Columbia\t\tunited-states
            washington\tplace\tcity\tWashington\t\tdistrict-of-columbia\t\tcapital
            white-house\tactor\torganisation\tWhite House\tUS government\tunited-states
            ukraine\tplace\tcountry\tUkraine\t\t
            kyiv\tplace\tcity\tKyiv\tKiev\tukraine\t\tcapital
            kharkiv-oblast\tplace\tregion\tKharkiv Oblast\t\tukraine
            kharkiv\tplace\tcity\tKharkiv\t\tkharkiv-oblast
            russia\tplace\tcountry\tRussia\t\t
            moscow\tplace\tcity\tMoscow\t\trussia\t\tcapital
            kremlin\tactor\torganisation\tKremlin\tRussian government\trussia
            lviv\tplace\tcity\tLviv\t\tukraine
            illinois\tplace\tregion\tIllinois\t\tunited-states
            chicago\tplace\tcity\tChicago\t\tillinois

            """)
        return EntityRecognizer(gazetteer: gazetteer, tagger: nil)
    }()

    static func tag(_ text: String) -> [String] { EntityFixtures.tag(text, with: recognizer) }

    @Test func aCapitalAsSubjectOfAnAuxiliary() {
        #expect(Self.tag("Washington would have to kowtow.") == ["Washington=actor/organisation:white-house"])
        #expect(Self.tag("Kyiv has vowed to fight on.") == ["Kyiv=actor/organisation:ukraine-government"])
        #expect(Self.tag("Washington has been the prime backer.") == ["Washington=actor/organisation:white-house"])
    }

    @Test func aCapitalWithoutAListedGovernmentIsItsCountrys() {
        #expect(Self.tag("Kiev insists the talks failed.") == ["Kiev=actor/organisation:ukraine-government"])
        #expect(Self.tag("Kyiv’s main goal is clear.") == ["Kyiv=actor/organisation:ukraine-government"])
    }

    @Test func possessiveOfAnActOrStance() {
        #expect(Self.tag("Moscow’s position has not changed.") == ["Moscow=actor/organisation:kremlin"])
        #expect(Self.tag("Moscow’s eventual recognition came late.") == ["Moscow=actor/organisation:kremlin"])
    }

    @Test func talksBetweenTwoCapitals() {
        #expect(Self.tag("Talks between Moscow and Kyiv stalled.")
            == ["Moscow=actor/organisation:kremlin", "Kyiv=actor/organisation:ukraine-government"])
    }

    @Test func placeContextsStayPlaces() {
        #expect(Self.tag("He flew to Kyiv on Monday.") == ["Kyiv=place/city:kyiv"])
        #expect(Self.tag("Kyiv was shelled overnight.") == ["Kyiv=place/city:kyiv"])
        #expect(Self.tag("Kyiv has been hit again.") == ["Kyiv=place/city:kyiv"])
        #expect(Self.tag("Moscow is cold in winter.") == ["Moscow=place/city:moscow"])
        #expect(Self.tag("The streets of Moscow were empty.") == ["Moscow=place/city:moscow"])
        #expect(Self.tag("Moscow’s metro was closed.") == ["Moscow=place/city:moscow"])
    }

    @Test func aCityUnderARegionIsNoCapital() {
        #expect(Self.tag("Kharkiv has vowed to rebuild.") == ["Kharkiv=place/city:kharkiv"])
    }

    @Test func onlyACityFlaggedCapitalStandsForAGovernment() {
        // Under its country but not flagged, or in a country with a listed government: a city.
        #expect(Self.tag("Lviv has vowed to rebuild.") == ["Lviv=place/city:lviv"])
        #expect(Self.tag("Chicago has vowed to rebuild.") == ["Chicago=place/city:chicago"])
    }

    @Test func aCapitalBeforeAGovernmentNoun() {
        #expect(Self.tag("The Kiev regime is shelling the town.") == ["Kiev=actor/organisation:ukraine-government"])
        #expect(Self.tag("The Moscow authorities deny it.") == ["Moscow=actor/organisation:kremlin"])
    }

    @Test func aCapitalDealtWithIsItsGovernment() {
        #expect(Self.tag("Supplies to Kiev were delayed.") == ["Kiev=actor/organisation:ukraine-government"])
        #expect(Self.tag("Pressure on Moscow grew.") == ["Moscow=actor/organisation:kremlin"])
        #expect(Self.tag("Strikes on Kyiv continued.") == ["Kyiv=place/city:kyiv"])
        #expect(Self.tag("Trains to Kyiv were delayed.") == ["Kyiv=place/city:kyiv"])
    }
}
