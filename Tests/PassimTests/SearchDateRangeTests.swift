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
        #expect(try DateRange.since(nil, until: nil, stated: false) == DateRange(stated: false))
        #expect(try DateRange.since("2024", until: nil, stated: true)?.stated == true)
        #expect(throws: PassimError.usage("--until `2024-13` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-10), or a time back from today (30d, 6w, 3m, 1y)")) {
            try DateRange.since(nil, until: "2024-13")
        }
        #expect(throws: PassimError.usage("--since 2025 is after --until 2024; swap them")) {
            try DateRange.since("2025", until: "2024")
        }
    }
}

@Suite struct TimelinePeriodTests {
    @Test("periods by unit, ISO weeks across a year's end", arguments: [
        (20241023, TimelineUnit.day, "2024-10-23"), (20241023, .month, "2024-10"), (20241023, .year, "2024"),
        (20241023, .week, "2024-W43"), (20241230, .week, "2025-W01"), (20210103, .week, "2020-W53"),
    ])
    func periods(_ day: Int, _ unit: TimelineUnit, _ expected: String) {
        #expect(unit.period(of: day) == expected)
    }

    @Test func emptyPeriodsAreListedAndLongRangesFold() {
        let months = TimelinePeriods(spanning: ["20240115", "20240420"], requested: .month)
        #expect(months.labels == ["2024-01", "2024-02", "2024-03", "2024-04"])
        let folded = TimelinePeriods(spanning: ["19900101", "20240420"], requested: nil)
        #expect(folded.unit == .year && folded.labels.count == 35)
        let days = TimelinePeriods(spanning: ["20240101", "20240131"], requested: nil)
        #expect(days.unit == .day && days.labels.count == 31)
    }

    @Test func relativeDaysCountBackFromToday() throws {
        // 2024-03-31 12:00 UTC; local noon stays on the same day within eleven hours of UTC.
        let now = 1_711_886_400
        #expect(RelativeDay.compact("today", now: now) == "20240331")
        #expect(RelativeDay.compact("30d", now: now) == "20240301")
        #expect(RelativeDay.compact("1m", now: now) == "20240302" || RelativeDay.compact("1m", now: now) == "20240229")
        #expect(RelativeDay.compact("1y", now: now) == "20230331")
        #expect(RelativeDay.compact("3x", now: now) == nil)
        #expect(RelativeDay.compact("-3d", now: now) == nil)
    }
}
