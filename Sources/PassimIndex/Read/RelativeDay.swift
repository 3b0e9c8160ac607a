import Glibc
import PassimSupport
import PassimText

/// A day counted back from today, as typed after `--since` or in `date:`:
/// `today`, `yesterday`, `30d`, `6w`, `3m` (calendar months), `1y`.
package enum RelativeDay {
    /// YYYYMMDD of the day `text` names, in local time; nil unless it is one of the forms above.
    package static func compact(_ text: String, now: time_t = time(nil)) -> String? {
        let lowered = text.lowercased()
        var (days, months) = (0, 0)
        switch lowered {
        case "today": break
        case "yesterday": days = 1
        default:
            guard let unit = lowered.last, let count = Int(lowered.dropLast()), count >= 0, count < 100_000,
                  lowered.dropLast().allSatisfy(\.isASCII) else { return nil }
            switch unit {
            case "d": days = count
            case "w": days = count * 7
            case "m": months = count
            case "y": months = count * 12
            default: return nil
            }
        }
        var seconds = now
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return nil }
        // Noon, so that a change of summer time cannot move the day.
        parts.tm_hour = 12
        parts.tm_mday -= Int32(days)
        parts.tm_mon -= Int32(months)
        parts.tm_isdst = -1
        guard mktime(&parts) != -1 else { return nil }
        let year = Int(parts.tm_year) + 1900
        guard year >= 1000 else { return nil }
        return CalendarDay.compact(year: year, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
