import Glibc
import PassimSupport

/// An article's date for want of a stated one: the local calendar day of its
/// file's modification time, as `ls -l` shows it.
package enum FileTimeDate {
    /// "YYYY-MM-DD", or nil for a time outside 1900–2100.
    package static func day(nanoseconds: Int64) -> String? {
        var seconds = time_t(nanoseconds / 1_000_000_000)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return nil }
        let year = Int(parts.tm_year) + 1900
        guard (1900...2100).contains(year) else { return nil }
        return CalendarDay.dashed(year: year, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
