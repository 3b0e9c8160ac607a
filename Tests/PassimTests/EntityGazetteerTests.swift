import Testing
@testable import PassimEntities

@Suite("Gazetteer: loading, checking, lookups")
struct EntityGazetteerTests {
    let gazetteer = EntityFixtures.gazetteer

    @Test func loadsEveryLine() {
        #expect(gazetteer.count == 42)
        #expect(gazetteer.entity("kyrylo-budanov")?.name == "Kyrylo Budanov")
        #expect(gazetteer.entity("kyrylo-budanov")?.aliases == ["Budanov"])
        #expect(gazetteer.entity("kyrylo-budanov")?.parent == "hur")
        #expect(gazetteer.entity("no-such") == nil)
    }

    @Test func aliasesIgnoreCaseAndApostrophes() {
        #expect(gazetteer.ids(forAlias: "Budanov") == ["kyrylo-budanov"])
        #expect(gazetteer.ids(forAlias: "budanov") == ["kyrylo-budanov"])
        #expect(gazetteer.ids(forAlias: "Washington") == ["washington", "us-government"])
        #expect(gazetteer.ids(forAlias: "ballistic missiles") == ["ballistic-missile"])
        #expect(gazetteer.ids(forAlias: "Mordor").isEmpty)
    }

    @Test func ancestorsAndDescendants() {
        #expect(gazetteer.ancestors(of: "kn-23") == ["ballistic-missile", "missile", "weapon"])
        #expect(gazetteer.ancestors(of: "weapon").isEmpty)
        let missiles = gazetteer.descendants(of: "missile")
        #expect(Set(missiles) == ["ballistic-missile", "iskander", "kn-23"])
        #expect(gazetteer.descendants(of: "russia").contains("kursk"))
    }

    @Test("resolve: an id or any alias, any case", arguments: [
        ("kursk-oblast", ["kursk-oblast"]),
        ("Kursk region", ["kursk-oblast"]),
        ("KURSK REGION", ["kursk-oblast"]),
        ("  iskander-m ", ["iskander"]),
        ("missiles", ["missile"]),
        ("washington", ["washington", "us-government"]),
        ("nothing-like-it", []),
    ])
    func resolve(filter: String, ids: [String]) {
        #expect(gazetteer.resolve(filter) == ids)
    }

    @Test func laterLinesOverrideAndLaterFilesAdd() throws {
        let first = EntityFixtures.temporaryFile("""
            kursk\tplace\tcity\tKursk\t\t
            drone\tweapon\tclass\tdrone\t\t

            """, name: "first.tsv")
        let second = EntityFixtures.temporaryFile("""
            # a later line with the same id replaces the entity
            kursk\tplace\tcity\tKursk\tKoursk\trussia
            russia\tplace\tcountry\tRussia\t\t

            """, name: "second.tsv")
        let gazetteer = try Gazetteer(paths: [first, second])
        #expect(gazetteer.count == 3)
        #expect(gazetteer.entities.map(\.id) == ["kursk", "drone", "russia"])
        #expect(gazetteer.entity("kursk")?.aliases == ["Koursk"])
        #expect(gazetteer.entity("kursk")?.parent == "russia")
    }

    @Test("each mistake is one line naming file and line", arguments: [
        ("a\tplace\n", "bad.tsv:1: expected at least 4 tab-separated fields"),
        ("Big-Id\tplace\tcity\tX\t\t\n", "bad.tsv:1: bad id `Big-Id`"),
        ("# ok\nx\tplase\tcity\tX\t\t\n", "bad.tsv:2: unknown kind `plase`"),
        ("x\tplace\ttown\tX\t\t\n", "bad.tsv:1: unknown subkind `town` for place `x`: expected country, region, city, area"),
        ("x\tplace\tcity\t\t\t\n", "bad.tsv:1: `x` has no name"),
        ("x\tplace\tcity\tX\t\tnowhere\n", "bad.tsv:1: `x` has the parent `nowhere`, which no gazetteer file defines"),
        ("x\tplace\tcity\tX\t\ty\ny\tplace\tcity\tY\t\tx\n", "bad.tsv:1: `x` is its own ancestor"),
        ("x\tplace\tcity\tX\t\tx\n", "bad.tsv:1: `x` names itself as its parent"),
    ])
    func validation(text: String, message: String) {
        #expect {
            _ = try Gazetteer(text: text, file: "bad.tsv")
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix(message) && !description.contains("\n")
        }
    }

    @Test func unreadableFile() {
        #expect(throws: GazetteerError.self) { try Gazetteer(paths: ["/nonexistent/places.tsv"]) }
    }

    @Test func windowsLineEndsAndByteOrderMark() throws {
        let gazetteer = try Gazetteer(text: "\u{FEFF}x\tplace\tcity\tX Town\tXT\t\r\n")
        #expect(gazetteer.entity("x")?.aliases == ["XT"])
    }
}
