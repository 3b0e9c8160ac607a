/// The date a file's name or folders carry, as archives and scrapers write
/// them: `20220623T203000Z_GB_en_x.txt`, `2022-06-23-slug.md`,
/// `20220623-slug.txt`, `report_2022_06_23.txt`, `2022/06/23/slug.txt`,
/// `2022-06-23/slug.txt`. A year and month alone (`2022/06/`) are no day.
package enum FileNameDate {
    /// The day, from the file's name first, then from its folders, nearest first.
    package static func date(ofPath path: [UInt8]) -> String? {
        let parts = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map(Array.init)
        for part in parts.reversed() {
            if let found = date(inName: part) { return found }
        }
        // Folders by year, month and day: …/2022/06/23/…
        guard parts.count >= 4 else { return nil }
        for index in stride(from: parts.count - 2, through: 2, by: -1) {
            let (year, month, day) = (parts[index - 2], parts[index - 1], parts[index])
            guard year.count == 4, (1...2).contains(month.count), (1...2).contains(day.count),
                  let y = number(year), let m = number(month), let d = number(day) else { continue }
            if let found = DateScanner.formatted(year: y, month: m, day: d) { return found }
        }
        return nil
    }

    /// YYYYMMDD or YYYY-MM-DD (`-`, `_` or `.` between) standing apart from
    /// other digits and letters before it, anywhere in one name.
    package static func date(inName name: [UInt8]) -> String? {
        var start = 0
        while start + 8 <= name.count {
            defer { start += 1 }
            guard start == 0 || !DateFinder.isAlphanumeric(name[start - 1]) else { continue }
            if let found = compact(name, at: start) ?? separated(name, at: start) { return found }
        }
        return nil
    }

    /// "20220623", not followed by another digit (a time may follow: "T2030").
    private static func compact(_ name: [UInt8], at start: Int) -> String? {
        let digits = name[start..<(start + 8)]
        guard digits.allSatisfy(TextBytes.isDigit), start + 8 == name.count || !TextBytes.isDigit(name[start + 8]),
              let value = number(digits) else { return nil }
        return DateScanner.formatted(year: value / 10000, month: value / 100 % 100, day: value % 100)
    }

    /// "2022-06-23", "2022_06_23", "2022.06.23".
    private static func separated(_ name: [UInt8], at start: Int) -> String? {
        guard start + 10 <= name.count else { return nil }
        let separator = name[start + 4]
        guard [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")].contains(separator), name[start + 7] == separator,
              start + 10 == name.count || !TextBytes.isDigit(name[start + 10]),
              let year = number(name[start..<(start + 4)]), let month = number(name[(start + 5)..<(start + 7)]),
              let day = number(name[(start + 8)..<(start + 10)]) else { return nil }
        return DateScanner.formatted(year: year, month: month, day: day)
    }

    private static func number<C: Collection>(_ digits: C) -> Int? where C.Element == UInt8 {
        guard !digits.isEmpty, digits.allSatisfy(TextBytes.isDigit) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
