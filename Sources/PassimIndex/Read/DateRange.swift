import Xapian
import PassimSupport
import PassimText

/// The days a date as typed covers: `2024` a year, `2024-10` a month,
/// `2024-10-23` a day. Bounds are YYYYMMDD, as the index's date slot holds them.
package struct DateSpan: Sendable, Equatable {
    package var first: String
    package var last: String

    /// Nil unless `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a real day,
    /// month or year (1000–9999).
    package init?(_ text: String) {
        if let day = RelativeDay.compact(text) {
            (first, last) = (day, day)
            return
        }
        let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              zip(parts, [4, 2, 2]).allSatisfy({ part, width in part.count == width && part.allSatisfy(TextBytes.isDigit) })
        else { return nil }
        let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let year = numbers[0]
        guard year >= 1000 else { return nil }
        switch numbers.count {
        case 1:
            first = CalendarDay.compact(year: year, month: 1, day: 1)
            last = CalendarDay.compact(year: year, month: 12, day: 31)
        case 2:
            let month = numbers[1]
            guard (1...12).contains(month) else { return nil }
            first = CalendarDay.compact(year: year, month: month, day: 1)
            last = CalendarDay.compact(year: year, month: month, day: CalendarDay.days(inMonth: month, of: year))
        default:
            guard CalendarDay.isValid(year: year, month: numbers[1], day: numbers[2]) else { return nil }
            first = CalendarDay.compact(year: year, month: numbers[1], day: numbers[2])
            last = first
        }
    }
}

/// The days a search keeps: from `lower` to `upper` inclusive (YYYYMMDD),
/// either end open, and whether the article must state its date. What
/// `--since`, `--until`, `--dated`, `--undated` and `date:A..B` select.
package struct DateRange: Sendable, Equatable {
    package var lower: String?
    package var upper: String?
    /// true: only articles that state a date; false: only those dated by
    /// their file's time; nil: both.
    package var stated: Bool?

    /// Only the articles that do (true) or do not (false) state a date.
    package init(stated: Bool) { self.stated = stated }

    /// The range from the start of `begin` to the end of `end`, as typed;
    /// an empty end is open. Nil when an end is not a date, both are empty,
    /// or the range ends before it begins.
    package init?(begin: String, end: String) {
        guard !(begin.isEmpty && end.isEmpty) else { return nil }
        if !begin.isEmpty {
            guard let span = DateSpan(begin) else { return nil }
            lower = span.first
        }
        if !end.isEmpty {
            guard let span = DateSpan(end) else { return nil }
            upper = span.last
        }
        if let lower, let upper, lower > upper { return nil }
    }

    /// The range `--since` and `--until` give, nil when neither is set; a
    /// bad date is a usage error naming the option and the way out.
    package static func since(_ since: String?, until: String?, stated: Bool? = nil) throws(PassimError) -> DateRange? {
        for (option, value) in [("--since", since), ("--until", until)] {
            if let value, DateSpan(value) == nil {
                throw .usage("\(option) `\(value)` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-10), or a time back from today (30d, 6w, 3m, 1y)")
            }
        }
        guard since != nil || until != nil else { return stated.map(DateRange.init(stated:)) }
        guard var range = DateRange(begin: since ?? "", end: until ?? "") else {
            throw .usage("--since \(since ?? "") is after --until \(until ?? ""); swap them")
        }
        range.stated = stated
        return range
    }

    /// The filter on the index's date slot, and on how the date was found.
    package func query() throws(XapianError) -> Query {
        var stated: Query?
        if let wanted = self.stated { stated = try Query(term: IndexSchema.datedTerm(wanted)) }
        if lower == nil, upper == nil, let stated { return stated }
        let days = try Query.valueRange(slot: IndexSchema.dateSlot, lower: lower ?? "", upper: upper ?? "")
        guard let stated else { return days }
        return try days.combined(.filter, stated)
    }

    /// How `date:` values map onto the date slot, for the query parser.
    package static func slotBounds(begin: String, end: String) -> (lower: String, upper: String)? {
        DateRange(begin: begin, end: end).map { ($0.lower ?? "", $0.upper ?? "") }
    }
}

/// How search results are ordered.
package enum SearchOrder: String, Sendable, CaseIterable {
    /// Best match first.
    case relevance
    /// Newest article first; by relevance within a day; undated last.
    case date
    /// Oldest article first, the order a chronology is read in; undated last.
    case oldest

    /// The value slot Xapian sorts by, descending; nil for relevance.
    package var sortSlot: UInt32? {
        switch self {
        case .relevance: nil
        case .date: IndexSchema.newestFirstSlot
        case .oldest: IndexSchema.oldestFirstSlot
        }
    }
}
