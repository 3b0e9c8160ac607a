import Testing
@testable import PassimIndex

@Suite("Search: dates as typed")
struct SearchDateRangeTests {
    @Test("a year, a month or a day covers its days", arguments: [
        ("2024", "20240101", "20241231"),
        ("2024-02", "20240201", "20240229"),
        ("2023-02", "20230201", "20230228"),
        ("2024-10-23", "20241023", "20241023"),
    ])
    func spans(_ text: String, _ first: String, _ last: String) throws {
        let span = try #require(DateSpan(text))
        #expect(span.first == first && span.last == last)
    }

    @Test("what is not a date", arguments: ["", "24", "2024-13", "2024-1", "2023-02-29", "2024-10-32", "20241023",
                                             "2024/10", "soon", "2024-10-23T08", "0999"])
    func notDates(_ text: String) {
        #expect(DateSpan(text) == nil)
    }

    @Test func rangesIncludeBothEndsMayBeOpenAndNeverRunBackwards() {
        #expect(DateRange(begin: "2024-10", end: "2024-11") == DateRange(begin: "2024-10-01", end: "2024-11-30"))
        #expect(DateRange(begin: "2024-10", end: "2024-11")?.upper == "20241130")
        #expect(DateRange(begin: "", end: "2024-06")?.lower == nil)
        #expect(DateRange(begin: "2024-10-01", end: "")?.upper == nil)
        #expect(DateRange(begin: "2025", end: "2024") == nil)
        #expect(DateRange(begin: "", end: "") == nil)
    }

    @Test func badOptionsAreOneLineUsageErrors() throws {
        #expect(try DateRange.since(nil, until: nil) == nil)
        #expect(try DateRange.since("2024", until: nil)?.lower == "20240101")
        #expect(throws: PassimError.usage("--until `2024-13` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-10)")) {
            try DateRange.since(nil, until: "2024-13")
        }
        #expect(throws: PassimError.usage("--since 2025 is after --until 2024; swap them")) {
            try DateRange.since("2025", until: "2024")
        }
    }
}
