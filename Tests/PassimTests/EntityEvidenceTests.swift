@testable import PassimEntities
import Testing

/// The order in which the recogniser weighs its evidence (docs/entities.md, "Evidence order").
@Suite("Evidence order")
struct EntityEvidenceTests {
    /// The tagger reads "my official Ukraine … shirt" as a person's name; a listed country is never a person.
    @Test func aCountryIsNeverAPerson() {
        let found = EntityFixtures.tag("I will be wearing my official Ukraine yellow football shirt.")
        #expect(found == ["Ukraine=place/country:ukraine"])
    }
}
