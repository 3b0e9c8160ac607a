import Foundation
import Testing

/// Spelling variants made by rule reach search: a spelling no gazetteer lists finds what the listed
/// one finds, as a word and as a filter (the seed article writes "Zelensky").
@Suite(.serialized) struct VariantSearchTests {
    let corpus: Corpus
    init() throws { corpus = try Corpus.indexedSeeds() }

    private func passages(_ query: String) throws -> [Int?] {
        try jsonObjects(try passim(["search", query, "--json", "--per-article", "0", "--limit", "100"], in: corpus.url))
            .map { $0["passage"] as? Int }
    }

    @Test func aGeneratedSpellingFindsWhatTheListedOneFinds() throws {
        let listed = try passages("Zelensky")
        #expect(!listed.isEmpty)
        #expect(Set(try passages("Zelenskyi")) == Set(listed))
        #expect(Set(try passages("actor:zelenskyi")) == Set(try passages("actor:volodymyr-zelensky")))
    }
}
