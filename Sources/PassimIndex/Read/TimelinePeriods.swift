import PassimSupport

/// The unit a timeline counts by.
package enum TimelineUnit: String, Sendable, CaseIterable, Comparable {
    case day, week, month, year

    package static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

    /// The period holding `day` (YYYYMMDD): "2024-10-23", "2024-W43" (ISO week), "2024-10", "2024".
    package func period(of day: Int) -> String {
        let (y, m, d) = (day / 10000, day / 100 % 100, day % 100)
        switch self {
        case .day: return CalendarDay.dashed(year: y, month: m, day: d)
        case .month: return String(CalendarDay.dashed(year: y, month: m, day: 1).prefix(7))
        case .year: return String(y)
        case .week:
            // The ISO week is the one whose Thursday falls in it.
            let number = DayNumber.from(year: y, month: m, day: d)
            let thursday = number - DayNumber.weekdayFromMonday(number) + 3
            let (ty, _, _) = DayNumber.civil(thursday)
            let week = (thursday - DayNumber.from(year: ty, month: 1, day: 1)) / 7 + 1
            return String(ty) + "-W" + (week < 10 ? "0" : "") + String(week)
        }
    }
}

/// Day counts gathered into periods, every period from the first to the
/// last shown even when empty.
package struct TimelinePeriods {
    /// Periods beyond this fold into a coarser unit.
    package static let maxPeriods = 60

    package var unit: TimelineUnit
    /// Each period's label, in order.
    package var labels: [String]

    /// Periods spanning every dated day of `counts`; `requested` when given
    /// and short enough, else the finest unit that needs at most `maxPeriods`.
    package init(spanning days: [String], requested: TimelineUnit?) {
        let numbers = days.compactMap { Int($0) }
        guard let first = numbers.min(), let last = numbers.max() else {
            (unit, labels) = (requested ?? .month, [])
            return
        }
        var unit = requested ?? .day
        var labels = Self.labels(from: first, to: last, unit: unit)
        while labels.count > Self.maxPeriods, unit != .year, requested == nil || labels.count > 10 * Self.maxPeriods {
            unit = TimelineUnit.allCases[TimelineUnit.allCases.firstIndex(of: unit)! + 1]
            labels = Self.labels(from: first, to: last, unit: unit)
        }
        (self.unit, self.labels) = (unit, labels)
    }

    /// Every period from the one holding `first` to the one holding `last`.
    private static func labels(from first: Int, to last: Int, unit: TimelineUnit) -> [String] {
        var labels: [String] = []
        var number = DayNumber.from(year: first / 10000, month: first / 100 % 100, day: first % 100)
        let end = DayNumber.from(year: last / 10000, month: last / 100 % 100, day: last % 100)
        while number <= end {
            let (y, m, d) = DayNumber.civil(number)
            let label = unit.period(of: y * 10000 + m * 100 + d)
            if labels.last != label { labels.append(label) }
            switch unit {
            case .day: number += 1
            case .week: number += 7 - DayNumber.weekdayFromMonday(number)
            case .month: number = DayNumber.from(year: m == 12 ? y + 1 : y, month: m == 12 ? 1 : m + 1, day: 1)
            case .year: number = DayNumber.from(year: y + 1, month: 1, day: 1)
            }
        }
        return labels
    }

    /// The articles and passages of each period, in `labels` order.
    package func totals(_ counts: DayCounts) -> [DayCounts.Count] {
        var byLabel: [String: DayCounts.Count] = [:]
        for (day, count) in counts.days {
            guard let number = Int(day) else { continue }
            let label = unit.period(of: number)
            byLabel[label, default: DayCounts.Count()].articles += count.articles
            byLabel[label, default: DayCounts.Count()].passages += count.passages
        }
        return labels.map { byLabel[$0] ?? DayCounts.Count() }
    }
}

/// Days counted from 1970-01-01 (Howard Hinnant's civil-day algorithms).
package enum DayNumber {
    package static func from(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    package static func civil(_ number: Int) -> (Int, Int, Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    package static func weekdayFromMonday(_ number: Int) -> Int { ((number % 7) + 7 + 3) % 7 }
}
