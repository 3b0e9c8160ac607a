import Testing
@testable import PassimEntities

/// The gazetteer's eighth field: `capital` marks a country's seat of government.
struct CapitalFlagTests {
    @Test func theEighthFieldFlagsACapital() throws {
        let gazetteer = try Gazetteer(text: "ukraine\tplace\tcountry\tUkraine\t\t\nkyiv\tplace\tcity\tKyiv\t\tukraine\tsrc\tcapital\nlviv\tplace\tcity\tLviv\t\tukraine\tsrc\n")
        #expect(gazetteer.entity("kyiv")?.isCapital == true)
        #expect(gazetteer.entity("lviv")?.isCapital == false)
    }

    @Test func anUnknownFlagOrACapitalThatIsNoCityIsAnError() {
        #expect(throws: GazetteerError.self) {
            try Gazetteer(text: "kyiv\tplace\tcity\tKyiv\t\t\t\tcapitol\n")
        }
        #expect(throws: GazetteerError.self) {
            try Gazetteer(text: "ukraine\tplace\tcountry\tUkraine\t\t\t\tcapital\n")
        }
    }

    @Test func theShippedPlacesFlagCapitalsFromGeoNames() throws {
        let gazetteer = try Gazetteer(paths: [PassageFixtures.packageRoot + "/data/gazetteer/places.tsv"])
        for id in ["kyiv", "moscow", "washington", "paris", "beijing", "damascus"] {
            #expect(gazetteer.entity(id)?.isCapital == true, "\(id)")
        }
        for id in ["kharkiv", "odesa", "lyon", "aleppo", "chicago"] {
            #expect(gazetteer.entity(id)?.isCapital == false, "\(id)")
        }
    }
}
