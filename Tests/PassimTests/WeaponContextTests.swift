import Testing
@testable import PassimEntities

/// Weapons named by common words that are weapons only in context (WeaponContext), bladed weapons and
/// explosives, and bombers that are people, on texts of our own.
@Suite struct WeaponContextTests {
    static let gazetteer: Gazetteer = try! Gazetteer(text: """
        weapon\tweapon\tclass\tweapon\t\t
        bomb\tweapon\tclass\tbomb\t\tweapon
        bomber\tweapon\tclass\tbomber\t\tweapon
        explosive-device\tweapon\tclass\texplosive device\texplosives|ammonium nitrate|TNT\tweapon
        ied\tweapon\tclass\timprovised explosive device\tIED|booby trap\texplosive-device
        mine\tweapon\tclass\tlandmine\t\tweapon
        knife\tweapon\tclass\tknife\tknives|kitchen knife\tweapon
        """, file: "weapons.tsv")
    static let recognizer: EntityRecognizer = try! EntityRecognizer(gazetteer: gazetteer, taggerWeights: nil)

    func tag(_ text: String) -> [String] { EntityFixtures.tag(text, with: Self.recognizer) }

    @Test func aDeviceAfterABombIsTheBomb() {
        #expect(tag("A bomb went off. Police said the device was in a bag.")
            == ["bomb=weapon/class:bomb", "device=weapon/class:explosive-device"])
        #expect(tag("The device exploded at noon.") == ["device=weapon/class:explosive-device"])
        #expect(tag("He sold the device.").isEmpty)
        #expect(tag("A bomb went off. He dropped his mobile device.") == ["bomb=weapon/class:bomb"])
    }

    @Test func minesAreWeaponsWhereLaidHitOrListedWithWeapons() {
        #expect(tag("They lay mines at night.") == ["mines=weapon/class:mine"])
        #expect(tag("A mine exploded under the truck.") == ["mine=weapon/class:mine"])
        #expect(tag("Rebels left IEDs and mines.") == ["IEDs=weapon/class:ied", "mines=weapon/class:mine"])
        #expect(tag("Coal mines were cleared. A friend of mine hit the road. Mines closed.").isEmpty)
    }

    @Test func knivesAreWeapons() {
        #expect(tag("He attacked them with a kitchen knife and two knives.")
            == ["kitchen knife=weapon/class:knife", "knives=weapon/class:knife"])
    }

    @Test func explosivesAreNamedByWhatTheyAreMadeOf() {
        #expect(tag("They loaded ammonium nitrate and TNT.")
            == ["ammonium nitrate=weapon/class:explosive-device", "TNT=weapon/class:explosive-device"])
    }

    @Test func aBomberWhoIsSuspectedOrBehindAnAttackIsAPerson() {
        #expect(tag("The suspected bomber fled.").isEmpty)
        #expect(tag("The bomber behind the attack died.").isEmpty)
        #expect(tag("The bomber who struck fled.").isEmpty)
        #expect(tag("Russian bombers flew.") == ["bombers=weapon/class:bomber"])
    }
}
