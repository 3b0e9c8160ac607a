#if canImport(Glibc)
import Glibc
@testable import PassimEntities
#endif

/// A small gazetteer of our own for the entity tests (the shipped data may
/// change; these tests pin the rules, not the data), and what the tests share.
enum EntityFixtures {
    static let gazetteerText = """
        # id\tkind\tsubkind\tname\taliases\tparent
        russia\tplace\tcountry\tRussia\tRussian Federation\t
        ukraine\tplace\tcountry\tUkraine\t\t
        north-korea\tplace\tcountry\tNorth Korea\tDPRK\t
        south-korea\tplace\tcountry\tSouth Korea\t\t
        korea\tplace\tarea\tKorea\tKorean peninsula\t
        united-states\tplace\tcountry\tUnited States\tAmerica|US|U.S.\t
        china\tplace\tcountry\tChina\t\t
        iran\tplace\tcountry\tIran\t\t
        germany\tplace\tcountry\tGermany\t\t
        france\tplace\tcountry\tFrance\t\t
        georgia\tplace\tcountry\tGeorgia\t\t
        georgia-us\tplace\tregion\tGeorgia\t\tunited-states
        atlanta\tplace\tcity\tAtlanta\t\tgeorgia-us
        tbilisi\tplace\tcity\tTbilisi\t\tgeorgia
        jordan\tplace\tcountry\tJordan\t\t
        nice\tplace\tcity\tNice\t\tfrance
        kursk-oblast\tplace\tregion\tKursk Oblast\tKursk region\trussia
        kursk\tplace\tcity\tKursk\t\tkursk-oblast
        khabarovsk-krai\tplace\tregion\tKhabarovsk Krai\tKhabarovsk region\trussia
        pyongyang\tplace\tcity\tPyongyang\t\tnorth-korea
        zaporizhzhia\tplace\tcity\tZaporizhzhia\tZaporizhia\tukraine
        washington\tplace\tcity\tWashington\tWashington DC\tunited-states
        austin\tplace\tcity\tAustin\t\tunited-states
        us-government\tactor\torganisation\tUS government\tWashington|White House\tunited-states
        hur\tactor\torganisation\tHUR\tDefence Intelligence of Ukraine\tukraine
        nato\tactor\torganisation\tNATO\tNorth Atlantic Treaty Organization\t
        kyrylo-budanov\tactor\tperson\tKyrylo Budanov\tBudanov\thur
        volodymyr-zelensky\tactor\tperson\tVolodymyr Zelensky\tZelensky\t
        kim-jong-un\tactor\tperson\tKim Jong-un\tKim Jong Un\t
        vladimir-putin\tactor\tperson\tVladimir Putin\tPutin\t
        lloyd-austin\tactor\tperson\tLloyd Austin\t\t
        andrei-belousov\tactor\tperson\tAndrei Belousov\tBelousov\t
        weapon\tweapon\tclass\tweapon\tarms\t
        missile\tweapon\tclass\tmissile\t\tweapon
        ballistic-missile\tweapon\tclass\tballistic missile\t\tmissile
        nuclear-weapon\tweapon\tclass\tnuclear weapon\tnuke\tweapon
        drone\tweapon\tclass\tdrone\tUAV\tweapon
        attack-drone\tweapon\tclass\tattack drone\tstrike drone|kamikaze drone\tdrone
        launch-system\tweapon\tclass\tlaunch system\tlauncher\tweapon
        air-defence-battery\tweapon\tclass\tair-defence battery\t\tweapon
        iskander\tweapon\tsystem\tIskander\tIskander-M|SS-26\tballistic-missile
        kn-23\tweapon\tsystem\tKN-23\tHwasong-11\tballistic-missile

        """

    static let gazetteer: Gazetteer = try! Gazetteer(text: gazetteerText, file: "fixture.tsv")

    static let weightsPath = PassageFixtures.packageRoot + "/data/tagger/conll2003.weights"

    /// The recogniser over the fixture gazetteer and the shipped tagger weights.
    static let recognizer: EntityRecognizer = try! EntityRecognizer(gazetteer: gazetteer, taggerWeights: weightsPath)

    /// The recogniser over the fixture gazetteer alone: gazetteer names and rules, no tagger.
    static let rulesOnly: EntityRecognizer = try! EntityRecognizer(gazetteer: gazetteer, taggerWeights: nil)

    static let conllFolder = PassageFixtures.packageRoot + "/../shared/corpora/conll2003"
    static var hasCoNLL: Bool { access(conllFolder + "/valid.txt", R_OK) == 0 }

    /// A mention as a short string: "text=kind/subkind:id".
    static func describe(_ mention: EntityMention, in text: [UInt8]) -> String {
        "\(String(decoding: text[mention.range], as: UTF8.self))=\(mention.kind.rawValue)/\(mention.subkind):\(mention.id)"
    }

    /// The mentions of `text` (one passage, one article) described.
    static func tag(_ text: String, with recognizer: EntityRecognizer = recognizer) -> [String] {
        let bytes = Array(text.utf8)
        return recognizer.mentions(in: bytes).map { describe($0, in: bytes) }
    }

    /// The mentions of the passages of one article, described.
    static func tagArticle(_ passages: [String], with recognizer: EntityRecognizer = recognizer) -> [[String]] {
        var article = recognizer.article()
        return passages.map { passage in
            let bytes = Array(passage.utf8)
            return article.mentions(in: bytes).map { describe($0, in: bytes) }
        }
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String) -> String {
        var template = Array("/tmp/passim-entities-XXXXXX".utf8CString)
        let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        let path = folder + "/" + name
        let file = fopen(path, "wb")!
        fputs(text, file)
        fclose(file)
        return path
    }
}
