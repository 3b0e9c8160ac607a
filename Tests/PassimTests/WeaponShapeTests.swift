import Testing
@testable import PassimEntities

/// Weapons recognised by shape and case rather than listed one by one (WeaponNames), on texts of our own.
@Suite struct WeaponShapeTests {
    static let gazetteer: Gazetteer = try! Gazetteer(text: """
        weapon\tweapon\tclass\tweapon\t\t
        aircraft\tweapon\tclass\tmilitary aircraft\tjet\tweapon
        warship\tweapon\tclass\twarship\t\tweapon
        bomber\tweapon\tclass\tbomber\t\taircraft
        ied\tweapon\tclass\timprovised explosive device\tIED\tweapon
        himars\tweapon\tsystem\tHIMARS\tHigh Mobility Artillery Rocket System\tweapon
        """, file: "weapons.tsv")
    static let recognizer: EntityRecognizer = try! EntityRecognizer(gazetteer: gazetteer, taggerWeights: nil)

    func tag(_ text: String) -> [String] { EntityFixtures.tag(text, with: Self.recognizer) }

    @Test func acronymsOfFiveLettersMatchInAnyCase() {
        #expect(tag("Kyiv got Himars and himars.") == ["Himars=weapon/system:himars", "himars=weapon/system:himars"])
    }

    @Test func capitalAcronymsTakeALowerCasePlural() {
        #expect(tag("Two IEDs exploded.") == ["IEDs=weapon/class:ied"])
    }

    @Test func shipsAreNamedByTheirNavysPrefix() {
        let found = tag("HMS Ocean and FS Charles de Gaulle sailed.")
        #expect(found == ["HMS Ocean=weapon/system:hms-ocean", "FS Charles de Gaulle=weapon/system:fs-charles-de-gaulle"])
        #expect(Self.gazetteer.ancestors(of: "hms-ocean").first == "warship")
    }

    @Test func designationsAreRecognisedByShapeAndLinkedToTheirClass() {
        #expect(tag("Two Su-30SM flew.") == ["Su-30SM=weapon/system:su-30sm"])
        #expect(Self.gazetteer.ancestors(of: "su-30sm") == ["aircraft", "weapon"])
        #expect(tag("He took the M25 and an F1 car.").allSatisfy { !$0.contains("weapon") })
    }

    @Test func moreNavalAndAirForcesDesignationsAndSovietIndexNumbers() {
        #expect(tag("J-10, An-124 and DF-41 and 2S19 and 9K720.") == [
            "J-10=weapon/system:j-10", "An-124=weapon/system:an-124", "DF-41=weapon/system:df-41",
            "2S19=weapon/system:2s19", "9K720=weapon/system:9k720",
        ])
        #expect(WeaponNames.classID(ofUnlisted: "2s19") == "artillery")
        #expect(WeaponNames.classID(ofUnlisted: "df-41") == "ballistic-missile")
        #expect(tag("A J-1 visa, an H-1B, 3M shares, 5G and 4K.").allSatisfy { !$0.contains("weapon") })
    }

    @Test func aSuicideBomberIsAPersonNotAWeapon() {
        #expect(tag("A suicide bomber struck.").isEmpty)
        #expect(tag("A bomber struck.") == ["bomber=weapon/class:bomber"])
    }
}
