import Glibc
import Testing
@testable import PassimIndex
@testable import PassimSupport

/// The rules of ranking (see Ranking, AllWordsFirst, ContentWords,
/// Feedback), each on a small corpus made so that plain BM25 breaks it.
@Suite struct RankingRuleTests {
    let fixture = RankingFixture.shared

    @Test func passagesWithAllTheWordsComeFirstUnlessOrIsAsked() throws {
        // As OR, BM25 puts the passage that repeats "nuclear plant" first…
        let asOr = try fixture.search("Zaporizhzhia OR nuclear OR plant")
        #expect(!(asOr.first?.text.contains("Zaporizhzhia") ?? true), "the corpus no longer tests the rule")
        // …typed as words, the one passage holding all three is first.
        let words = try fixture.search("Zaporizhzhia nuclear plant", explain: true)
        let first = try #require(words.first)
        #expect(first.text.contains("Zaporizhzhia") && first.text.contains("nuclear") && first.text.contains("plant"))
        #expect(first.parts.contains { $0.label == Ranking.allWordsLabel })
        #expect(words.dropFirst().allSatisfy { !$0.parts.contains { $0.label == Ranking.allWordsLabel } })
    }

    @Test func aRareWordOutranksCommonWordsAndTheirTitle() throws {
        // No passage holds both; the one naming the rare place beats the
        // one repeating the common word in an article titled with both.
        let hits = try fixture.search("Melitopol mayor")
        let first = try #require(hits.first)
        #expect(first.text.contains("Melitopol"), "first: \(first.text)")
    }

    @Test func titleWordsHelpOnlyPassagesHoldingTheWord() throws {
        let hits = try fixture.search("Melitopol mayor", explain: true)
        for hit in hits {
            let title = hit.parts.first { $0.label == "title words" }?.weight ?? 0
            let holds = ["Melitopol", "mayor"].filter { hit.title.lowercased().contains($0.lowercased())
                && hit.text.lowercased().contains($0.lowercased()) }
            #expect((title > 0) == !holds.isEmpty, "\(hit.title): \(hit.text.prefix(60)) — title words \(title)")
        }
        // A passage of "Melitopol mayor elections" that says "mayor" but not
        // "Melitopol" gets the title's "mayor" alone, as for the query `mayor`.
        func titleWeight(_ query: String) throws -> Double {
            let hit = try #require(try fixture.search(query, explain: true).first { $0.text.hasPrefix("Voters in the region") })
            return hit.parts.first { $0.label == "title words" }?.weight ?? 0
        }
        let both = try titleWeight("Melitopol mayor"), alone = try titleWeight("mayor")
        #expect(alone > 0 && abs(both - alone) < 1e-6, "title words \(both) for both words, \(alone) for mayor")
    }

    @Test func aWordNamingAPlaceMatchesItsOtherNamesAsOneWord() throws {
        // "Kiev" is the gazetteer's alias of Kyiv: Kyiv passages hold "all the words".
        for query in ["Kiev drones", "Kyiv drones"] {
            let first = try #require(try fixture.search(query).first)
            #expect(first.text.contains("Kyiv") && first.text.contains("drones"), "\(query): \(first.text)")
        }
        // "Crimean" names Crimea: a passage about Crimea's bridge beats ones about other bridges.
        let crimean = try #require(try fixture.search("Crimean bridge", explain: true).first)
        #expect(crimean.text.contains("Crimea") && crimean.text.contains("bridge"), "\(crimean.text)")
        #expect(crimean.parts.contains { $0.label == Ranking.allWordsLabel })
    }

    @Test func aNameTypedInSeveralWordsIsOneUnit() throws {
        // Not split into "general" OR "zaluzhnyi": every hit names him (by any of his names).
        let hits = try fixture.search("General Zaluzhnyi")
        #expect(!hits.isEmpty)
        for hit in hits.prefix(2) { #expect(hit.text.contains("Zaluzhn"), "\(hit.text)") }
        let compiled = try fixture.compiled("General Zaluzhnyi", feedback: false)
        #expect(compiled.parsed.contentWords?.units.map(\.words) == ["General Zaluzhnyi"])
    }

    @Test func twoWordsCloseTogetherComeBeforeTheSameWordsApart() throws {
        // As OR, BM25 prefers the passage repeating both words far apart…
        let asOr = try fixture.search("reservoir OR sabotage")
        #expect(asOr.first?.text.contains("Sabotage, sabotage") ?? false, "the corpus no longer tests the rule: \(asOr.first?.text ?? "")")
        // …typed as two words, the passage saying them side by side is first.
        let hits = try fixture.search("reservoir sabotage", explain: true)
        let first = try #require(hits.first)
        #expect(first.text.contains("reservoir sabotage"), "first: \(first.text)")
        #expect(first.parts.contains { $0.label == Ranking.closeWordsLabel })
        // A name is one unit, not two words to hold close.
        #expect(try fixture.compiled("General Zaluzhnyi", feedback: false).parsed.contentWords?.closeTogether == nil)
    }

    @Test func feedbackNeverOutweighsTheQuery() throws {
        let hits = try fixture.search("artillery", feedback: true, explain: true)
        let feedback = hits.compactMap { $0.parts.first { $0.label.hasPrefix("feedback") }?.weight }
        #expect(!feedback.isEmpty, "feedback was not used")
        let best = hits.map { $0.parts.filter { $0.label.hasPrefix("word") }.reduce(0) { $0 + $1.weight } }.max() ?? 0
        for weight in feedback { #expect(weight <= Tuning.ranking.feedbackShare * best + 1e-9, "\(weight) over \(best)") }
        let label = try #require(hits.first?.parts.first { $0.label.hasPrefix("feedback") }?.label)
        #expect(label.contains("hits all hold “artillery”"), "\(label)")
    }

    @Test func feedbackIsOffWhenTheFirstHitsDisagree() throws {
        // Few passages name Kursk; the first hits include others with artillery only.
        let compiled = try fixture.compiled("Kursk artillery shelling", feedback: true)
        #expect(!compiled.ranked.boosts.contains { $0.broadens })
        let hits = try fixture.search("Kursk artillery shelling", feedback: true, explain: true)
        let note = try #require(hits.first?.parts.first { $0.label.hasPrefix("no feedback") })
        #expect(note.weight == 0)
        #expect(note.label.contains("share none of the query's words"), "\(note.label)")
    }

    @Test func aDescriptionsFeedbackMayReachPassagesWithoutItsAnchorWord() throws {
        // Eight content words: a description. Most of its first hits (not
        // all) hold one of its words, and feedback, learnt from them, may
        // add passages without that word (keywords' feedback stays within it).
        let query = "artillery shelling crews units moved closer front line"
        let compiled = try fixture.compiled(query, feedback: true)
        let feedback = try #require(compiled.ranked.boosts.first { $0.broadens }, "feedback was not used: \(compiled.ranked.notes)")
        #expect(feedback.label.contains("4 or more of the first 5 hits hold"), "\(feedback.label)")
        let anchor = try #require(feedback.label.split(separator: "“").last?.split(separator: "”").first).lowercased()
        let hits = try fixture.search(query, feedback: true, explain: true)
        let added = hits.filter { !$0.text.lowercased().contains(anchor) }
        #expect(added.contains { $0.parts.contains { $0.label.hasPrefix("feedback") } },
                "\(hits.map { String($0.text.prefix(40)) })")
    }
}

/// Articles made to test ranking's rules; indexed once per test run.
final class RankingFixture: Sendable {
    static let shared: RankingFixture = {
        let fixture = try! RankingFixture()
        atexit { RankingFixture.shared.folder.remove() }
        return fixture
    }()

    struct Hit {
        var text: String
        var title: String
        var parts: [ScorePart]
    }

    let folder = IngestFolder()
    var indexPath: String { folder.path + "/.passim" }

    private init() throws {
        for (path, text) in Self.articles { folder.write(path, text) }
        _ = try Indexer(corpus: folder.path).run()
    }

    func search(_ text: String, feedback: Bool? = false, explain: Bool = false) throws -> [Hit] {
        var request = SearchRequest(query: text)
        request.perArticle = 0
        request.limit = 8
        request.feedback = feedback
        request.explain = explain
        return try Searcher(indexPath: indexPath).search(request).hits.map {
            Hit(text: $0.record.text, title: $0.record.title, parts: $0.explanation ?? [])
        }
    }

    func compiled(_ text: String, feedback: Bool?) throws -> CompiledQuery {
        var request = SearchRequest(query: text)
        request.feedback = feedback
        let database = try IndexHandle(path: indexPath).database
        return try CompiledQuery.compile(request, options: TopHits.options(for: request), in: database, index: indexPath)
    }

    /// A paragraph long enough to be a passage of its own.
    private static func paragraph(_ lead: String) -> String {
        lead + " Officials gave no further details on Tuesday, and the reports could not be independently verified"
            + " by reporters working there, who said the situation remained tense and uncertain."
    }

    private static func article(_ title: String, _ leads: [String]) -> String {
        ([title] + leads.map(paragraph)).joined(separator: "\n\n")
    }

    static let articles: [String: String] = [
        "energy/plant.txt": article("Nuclear plant repairs", [
            "The nuclear plant on the coast sounded a nuclear alarm; the plant's nuclear engineers said the plant was safe.",
            "Grid operators said demand for power rose as the winter began."]),
        "war/south.txt": article("Shelling in the south", [
            "Shelling near the Zaporizhzhia nuclear plant damaged a power line overnight, according to a long account of"
                + " the night's events across the southern front and the towns along the river, where many people live.",
            "Artillery fire continued along the southern front through the night."]),
        "business/cars.txt": article("Car plant closes", [
            "The car plant will close next year, and the plant's workers will be offered jobs at another plant."]),
        "towns/mayors.txt": article("Melitopol mayor elections", [
            "The mayor said the mayor's office would hold a meeting of mayors; the mayor thanked the council and the mayor's staff.",
            "Voters in the region will choose a new mayor and council in the spring."]),
        "towns/occupied.txt": article("Life under occupation", [
            "Residents of Melitopol described checkpoints and shortages in the occupied city.",
            "Schools reopened with a new curriculum imposed by the occupiers."]),
        "world/kyiv.txt": article("Attack on the capital", [
            "Russian drones struck Kyiv overnight, damaging homes in two districts.",
            "Air defence units shot down most of the missiles before dawn."]),
        "world/drones.txt": article("Drones and more drones", [
            "Drones, drones and drones: factories are turning out drones faster than ever, and the drones are cheaper."]),
        "world/crimea.txt": article("Peninsula cut off", [
            "The bridge linking Crimea to the Russian mainland was damaged by an explosion on Saturday.",
            "Ferries resumed service later in the day."]),
        "world/bridges.txt": article("Bridges repaired", [
            "Engineers repaired the bridge over the river, the second bridge to reopen; a third bridge is still closed."]),
        "army/commander.txt": article("Army command", [
            "General Zaluzhnyi, the commander-in-chief, said the counteroffensive would continue despite losses.",
            "Valerii Zaluzhnyi met allied officers in Germany to discuss ammunition."]),
        "army/generals.txt": article("Generals and general staff", [
            "The general staff said a general mobilisation was not planned; the general in charge of logistics agreed.",
            "A general assembly of the regional council will meet in general session next week."]),
        "dams/apart.txt": article("Engineers at the dam", [
            "Sabotage, sabotage and more sabotage at the pumps was suspected by the staff who came at night through"
                + " the gate, the engineers said; the reservoir, the reservoir's intake and the reservoir wall stayed shut."]),
        "dams/close.txt": article("Investigation", [
            "Investigators said reservoir sabotage was the likeliest cause of the flood downstream."]),
        "war/kursk.txt": article("Fighting in Kursk", [
            "Ukrainian troops pushed further into Kursk as fighting spread to new villages."]),
        "war/artillery.txt": article("Artillery duels", [
            "Artillery shelling hit the town, and artillery shelling continued near the river; artillery crews were tired.",
            "The artillery shelling began at dawn, when artillery units moved closer to the line.",
            "Heavy artillery shelling was reported in the east, where artillery is the main weapon."]),
        "war/guns.txt": article("Guns along the front", [
            "Artillery crews moved closer to the front line as units dug in for the winter.",
            "Artillery units said the front line held overnight, and crews moved ammunition forward."]),
    ]
}
