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

    /// The recogniser over the shipped gazetteer, for the rows of data/gazetteer/weapons.tsv.
    static let shipped: EntityRecognizer = {
        let data = EntityData.at(PassageFixtures.packageRoot + "/data")
        return try! EntityRecognizer(gazetteer: Gazetteer(paths: data.gazetteerPaths), taggerWeights: nil)
    }()

    func weapons(_ text: String) -> [String] {
        EntityFixtures.tag(text, with: Self.shipped).filter { $0.contains("=weapon/") }
    }

    @Test func knivesAndAxesAreWeapons() {
        #expect(weapons("He attacked them with a kitchen knife, two knives and an axe.")
            == ["kitchen knife=weapon/class:knife", "knives=weapon/class:knife", "axe=weapon/class:axe"])
    }

    @Test func explosivesAreNamedByWhatTheyAreMadeOf() {
        #expect(weapons("They loaded ammonium nitrate, TNT and dynamite.") == [
            "ammonium nitrate=weapon/class:explosive-device", "TNT=weapon/class:explosive-device",
            "dynamite=weapon/class:explosive-device",
        ])
    }

    @Test func theShippedDataCoversImprovisedDevicesAircraftAndArmedVehicles() {
        #expect(weapons("A VBIED and two IEDs exploded; the bomber wore a suicide belt.") == [
            "VBIED=weapon/class:vbied", "IEDs=weapon/class:ied", "suicide belt=weapon/class:suicide-vest",
        ])
        #expect(weapons("Fighters fired rocket-propelled grenades from technical vehicles.")
            == ["rocket-propelled grenades=weapon/class:rpg", "technical vehicles=weapon/class:armed-vehicle"])
        #expect(weapons("Coalition aircraft, Israeli jets and a remotely piloted aircraft struck.").count == 3)
        #expect(weapons("A KC-135R Stratotanker and the High Mobility Artillery Rocket System.")
            == ["KC-135R Stratotanker=weapon/system:kc-135", "High Mobility Artillery Rocket System=weapon/system:himars"])
    }

    @Test func armsInAnIdiomAreNoWeapon() {
        #expect(weapons("They took up arms, then laid down their arms; a call to arms left them up in arms.").isEmpty)
        #expect(weapons("Arms deliveries to Kyiv grew, as did the increase in arms sales.").count == 2)
    }

    @Test func aBomberWhoIsSuspectedOrBehindAnAttackIsAPerson() {
        #expect(tag("The suspected bomber fled.").isEmpty)
        #expect(tag("The bomber behind the attack died.").isEmpty)
        #expect(tag("The bomber who struck fled.").isEmpty)
        #expect(tag("Russian bombers flew.") == ["bombers=weapon/class:bomber"])
    }
}
