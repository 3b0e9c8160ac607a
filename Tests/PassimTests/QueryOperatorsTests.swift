import Testing
@testable import PassimIndex

/// What Xapian's parser would quietly rewrite is refused before it parses.
struct QueryOperatorsTests {
    let fields: Set<String> = ["title", "folder", "actor", "weapon", "place", "date"]

    func refuses(_ query: String) -> String? {
        do {
            try QueryOperators.check(query, fields: fields)
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        "drones NEAR/10 (energy OR \"power plant\" OR grid)", "(energy OR grid) NEAR drones",
        "drones ADJ \"power plant\"", "drones NEAR/3 pla*", "drones NEAR place:kursk",
        "drones NEAR/0 grid", "drones NEAR/abc grid", "drones NEAR/-1 grid", "drones NEAR/1001 grid",
        "drones NEAR/10(energy OR grid)", "place:", "drones actor: budanov", "+weapon:",
    ])
    func aRewrittenConstructIsRefused(query: String) {
        #expect(refuses(query) != nil, "`\(query)` was let through")
    }

    @Test(arguments: [
        "drones NEAR/10 energy", "drones NEAR grid NEAR/3 attack", "drones ADJ/2 strike", "(drones NEAR grid) OR solar",
        "place:kursk drones", "place:\"kursk region\"", "\"NEAR (x OR y)\" drones", "note: drones",
    ])
    func aQueryXapianReadsAsWrittenPasses(query: String) {
        #expect(refuses(query) == nil, "`\(query)`: \(refuses(query) ?? "")")
    }

    @Test func theMessageSaysWhatToWriteInstead() {
        let message = refuses("drones NEAR/10 (energy OR grid)") ?? ""
        #expect(message.contains("NEAR joins single words"))
        #expect(message.contains("OR (drones NEAR grid)"))
        #expect(!message.contains("\n"))
    }
}
