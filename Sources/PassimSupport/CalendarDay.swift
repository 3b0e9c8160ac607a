/// Days of the Gregorian calendar, as Passim writes them: "YYYY-MM-DD" for
/// people, YYYYMMDD in the index's date slot (so that byte order is date order).
package enum CalendarDay {
    package static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// Days in `month` (1–12) of `year`.
    package static func days(inMonth month: Int, of year: Int) -> Int {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    package static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && (1...days(inMonth: month, of: year)).contains(day)
    }

    /// "2024-10-23".
    package static func dashed(year: Int, month: Int, day: Int) -> String {
        padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// "20241023".
    package static func compact(year: Int, month: Int, day: Int) -> String {
        padded(year, 4) + padded(month, 2) + padded(day, 2)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
