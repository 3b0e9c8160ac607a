import Testing
@testable import PassimEntities

/// Spelling variants made by rule (docs/gazetteer.md, "Spelling variants"), on a gazetteer of our own
/// that lists none of the variants the tests look for.
@Suite struct NameVariantTests {
    static let gazetteer = try! Gazetteer(text: """
        ukraine\tplace\tcountry\tUkraine\t\t
        russia\tplace\tcountry\tRussia\t\t
        syria\tplace\tcountry\tSyria\t\t
        north-korea\tplace\tcountry\tNorth Korea\t\t
        france\tplace\tcountry\tFrance\t\t
        united-kingdom\tplace\tcountry\tUnited Kingdom\t\t
        chernihiv\tplace\tcity\tChernihiv\t\tukraine
        horlivka\tplace\tcity\tHorlivka\t\tukraine
        odessa\tplace\tcity\tOdessa\t\tukraine
        zaporizhzhia\tplace\tcity\tZaporizhzhia\t\tukraine
        lugansk-town\tplace\tcity\tLugan'sk\t\tukraine
        deir-ez-zor\tplace\tcity\tDeir ez-Zor\t\tsyria
        hull\tplace\tcity\tHull\t\tunited-kingdom
        rennes\tplace\tcity\tRennes\t\tfrance
        security-council\tactor\torganisation\tSecurity Council\t\trussia
        sergei-shoigu\tactor\tperson\tSergei Shoigu\tShoigu\tsecurity-council
        oleksandr-syrskyi\tactor\tperson\tOleksandr Syrskyi\tSyrskyi\tukraine
        hennadiy-kozak\tactor\tperson\tHennadiy Kozak\t\tukraine
        kim-jong-un\tactor\tperson\tKim Jong-un\t\tnorth-korea
        kim-il-sung\tactor\tperson\tKim Il Sung\t\tnorth-korea
        """, file: "variants.tsv")

    @Test("a romanisation variant names the same entity", arguments: [
        ("Chernigov", "chernihiv"),      // Ukrainian h as g, and -iv as -ov
        ("Chernihov", "chernihiv"),
        ("Gorlivka", "horlivka"),
        ("Horlovka", "horlivka"),
        ("Odesa", "odessa"),             // a doubled consonant written once
        ("Zaporizhia", "zaporizhzhia"),  // a doubled digraph
        ("Zaporizhzhya", "zaporizhzhia"),// ia as ya
        ("Lugansk", "lugansk-town"),     // the soft sign's apostrophe dropped
        ("Shoygu", "sergei-shoigu"),     // y beside a vowel
        ("Sergey Shoygu", "sergei-shoigu"),
        ("Syrskyy", "oleksandr-syrskyi"),// the endings of Й and Ы
        ("Syrsky", "oleksandr-syrskyi"),
        ("Syrskiy", "oleksandr-syrskyi"),
        ("Gennadiy Kozak", "hennadiy-kozak"),
        ("Deir Ezzor", "deir-ez-zor"),   // the Arabic article, glued, assimilated or not
        ("Deir al-Zor", "deir-ez-zor"),
        ("Deir el-Zor", "deir-ez-zor"),
        ("Deir az-Zor", "deir-ez-zor"),
        ("Deir ez Zor", "deir-ez-zor"),  // a hyphen as a space
        ("Kim Jong Un", "kim-jong-un"),
        ("Kim Il-sung", "kim-il-sung"),  // a Korean given name hyphenated
    ])
    func variantResolves(spelling: String, id: String) {
        #expect(Self.gazetteer.resolve(spelling) == [id])
    }

    @Test func variantsAreFoundInText() {
        let text = EntityText(Array("Sergey Shoygu flew to Deir Ezzor, then to Chernigov.".utf8))
        let found = Self.gazetteer.names.matches(in: text).map { Self.gazetteer.entities[Self.gazetteer.entityIndex(ofAlias: $0.aliases[0])].id }
        #expect(found == ["sergei-shoigu", "deir-ez-zor", "chernihiv"])
    }

    @Test("names outside a romanised family keep their spelling", arguments: ["Gull", "Renes"])
    func otherNamesGetNoVariants(spelling: String) {
        #expect(Self.gazetteer.resolve(spelling).isEmpty)
    }

    @Test func aVariantThatNamesAnotherEntityIsDropped() throws {
        let gazetteer = try Gazetteer(text: """
            ukraine\tplace\tcountry\tUkraine\t\t
            kharkiv\tplace\tcity\tKharkiv\t\tukraine
            kharkov\tplace\tcity\tKharkov\t\tukraine
            """)
        #expect(gazetteer.resolve("Kharkov") == ["kharkov"])
        #expect(gazetteer.variants.collisions.map(\.ids) == [["kharkiv", "kharkov"]])
    }

    /// On the shipped data: the variants of the names news spells several ways are found, and a variant
    /// two entities would share names neither of them (only an entity that lists it as a name keeps it).
    @Test func theShippedGazetteerMergesNoTwoEntities() throws {
        let data = try EntityData.locate()
        let gazetteer = try Gazetteer(paths: data.gazetteerPaths)
        #expect(gazetteer.resolve("Shoygu") == ["sergei-shoigu"])
        #expect(gazetteer.resolve("Deir Ezzor") == ["deir-ez-zor"])
        #expect(gazetteer.resolve("Zaporizhzhya").contains("zaporizhzhia"))
        for (variant, _) in gazetteer.variants.collisions {
            for id in gazetteer.resolve(variant) {
                let entity = try #require(gazetteer.entity(id))
                let listed = ([entity.name] + entity.aliases).map(GazetteerNames.foldedTokens)
                #expect(listed.contains(GazetteerNames.foldedTokens(variant)), "\(variant) → \(id)")
            }
        }
    }
}
