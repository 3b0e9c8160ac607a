import Glibc
import Xapian
@testable import PassimIndex
@testable import PassimSupport

/// A small corpus in a temporary folder, indexed in-process, for the tests
/// of the search passes: news-like articles of several passages each.
/// Made once per test run (indexing loads the gazetteer) and only read.
final class SearchFixture: Sendable {
    static let shared: SearchFixture = {
        let fixture = try! SearchFixture()
        atexit { SearchFixture.shared.folder.remove() }
        return fixture
    }()

    let folder = IngestFolder()
    var indexPath: String { folder.path + "/.passim" }

    private init() throws {
        for (path, text) in Self.articles { folder.write(path, text) }
        _ = try Indexer(corpus: folder.path).run()
    }

    func handle() throws -> IndexHandle { try IndexHandle(path: indexPath) }

    /// The query as the search would run it, without feedback.
    func compiled(_ text: String, perArticle: Int = 0) throws -> (CompiledQuery, SearchOptions, Database) {
        var request = SearchRequest(query: text)
        request.perArticle = perArticle
        request.feedback = false
        let options = TopHits.options(for: request)
        let database = try handle().database
        return (try CompiledQuery.compile(request, options: options, in: database, index: indexPath), options, database)
    }

    /// Paragraphs long enough to be passages of their own.
    private static func paragraph(_ lead: String) -> String {
        lead + " Officials gave no further details on Tuesday, and the reports could not be independently verified"
            + " by reporters working in the region, who said the situation remained tense and uncertain."
    }

    static let articles: [String: String] = [
        "world/kyiv.txt": ["Drones over Kyiv",
                           paragraph("Russian drones struck Kyiv overnight, and artillery shelled the outskirts of the city."),
                           paragraph("Air defence units in Kyiv shot down most of the drones before dawn."),
                           paragraph("Artillery duels continued along the front line, far from the capital.")].joined(separator: "\n\n"),
        "world/kursk.txt": ["Fighting in Kursk",
                            paragraph("Ukrainian artillery pounded positions near Kursk as the offensive entered its second week."),
                            paragraph("Residents of Kursk were told to leave; trains carried thousands east.")].joined(separator: "\n\n"),
        "business/grain.txt": ["Grain exports recover",
                               paragraph("Grain exports from Odesa recovered in September as shipping lanes reopened."),
                               paragraph("Traders said prices for wheat fell on the news, while insurers kept premiums high.")].joined(separator: "\n\n"),
        "business/oil.txt": ["Oil prices rise",
                             paragraph("Oil prices rose after the OPEC meeting agreed to cut output, traders said."),
                             paragraph("Brent crude gained two dollars a barrel as the cartel's ministers met in Vienna.")].joined(separator: "\n\n"),
    ]
}
