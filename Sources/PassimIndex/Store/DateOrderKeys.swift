import PassimText

/// The values a passage carries so that Xapian can order and count by date
/// with undated articles (dated by their file's time only) set apart.
package struct DateOrderKeys: Equatable {
    /// Newest first when sorted descending: stated dates ("1…"), then file times ("0…").
    package var newestFirst: String
    /// Oldest first when sorted descending: each digit d as 9 − d reverses the order.
    package var oldestFirst: String
    /// YYYYMMDD for a stated date, empty otherwise.
    package var timelineDay: String

    package init(date: String?, source: DateSource) {
        let compact = String((date ?? "").filter { $0 != "-" })
        let lead = source.isStated && !compact.isEmpty ? "1" : "0"
        newestFirst = lead + compact
        let reversed = compact.unicodeScalars.map { scalar in
            Character(UnicodeScalar(UInt8(ascii: "9") - UInt8(scalar.value) + UInt8(ascii: "0")))
        }
        oldestFirst = lead + String(reversed)
        timelineDay = lead == "1" ? compact : ""
    }
}
