import Glibc
import PassimSupport

/// The days an article may be dated: a real day from 1900 up to tomorrow
/// (tomorrow, so that a story stamped in a time zone ahead of ours counts).
/// Anything else in a name, a dateline or metadata is a typo or not a date.
package enum PlausibleDate {
    package static let firstYear = 1900

    /// Tomorrow as YYYYMMDD, in UTC, fixed when the program starts.
    package static let latest: Int = {
        var seconds = time(nil) + 86_400
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return 9999_12_31 }
        return (Int(parts.tm_year) + 1900) * 10000 + (Int(parts.tm_mon) + 1) * 100 + Int(parts.tm_mday)
    }()

    package static func isPlausible(year: Int, month: Int, day: Int) -> Bool {
        year >= firstYear && CalendarDay.isValid(year: year, month: month, day: day)
            && year * 10000 + month * 100 + day <= latest
    }
}
