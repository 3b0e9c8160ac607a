import PassimSupport
/// The dates a user states for a folder's articles in `dates.tsv` at its
/// top: one "path<TAB>date" a line, the path relative to the folder, the
/// date as YYYY-MM-DD or an ISO date and time; `#` comments and blank lines
/// allowed. These dates win over every other source. A bad line is warned
/// about and left out; the rest still apply.
package struct SidecarDates: Sendable, Equatable {
    /// The sidecar's file name, at the top of the indexed folder.
    package static let fileName = "dates.tsv"
    /// Larger than any sensible list of paths; a bigger file is a mistake.
    package static let maxBytes = 256 << 20

    /// Relative path → "YYYY-MM-DD".
    package var dates: [String: String] = [:]
    /// One line each, "dates.tsv:LINE: reason", in line order.
    package var warnings: [String] = []

    package init() {}

    /// Reads `folder/dates.tsv`; nil when there is none. `isArticle` says
    /// whether a relative path is an article the walk found.
    package static func read(folder: String, isArticle: (String) -> Bool) -> SidecarDates? {
        guard let path = path(in: folder) else { return nil }
        do {
            let (bytes, truncated) = try FileBytes.read(Array(path.utf8), shownAs: fileName, limit: maxBytes)
            var sidecar = parse(bytes, isArticle: isArticle)
            if truncated { sidecar.warnings.append("\(fileName): larger than \(maxBytes >> 20) MB; only its start was read") }
            return sidecar
        } catch {
            var sidecar = SidecarDates()
            sidecar.warnings.append("\(fileName): cannot be read (\(error.reason)); no dates are taken from it")
            return sidecar
        }
    }

    /// The sidecar's path in `folder`; nil when it has none.
    package static func path(in folder: String) -> String? {
        let path = folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
        return FileSystem.kind(of: path) == .file ? path : nil
    }

    /// The dates and warnings of a sidecar's bytes.
    package static func parse(_ bytes: [UInt8], isArticle: (String) -> Bool) -> SidecarDates {
        var sidecar = SidecarDates()
        var firstLine: [String: Int] = [:]
        for (offset, raw) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = String(decoding: raw, as: UTF8.self)
            switch entry(line, isArticle: isArticle) {
            case .none:
                continue
            case .failure(let error):
                sidecar.warnings.append("\(fileName):\(number): \(error.reason)")
            case .success(let (path, day)):
                if let earlier = firstLine[path] {
                    sidecar.warnings.append("\(fileName):\(number): \(path) is already dated on line \(earlier); this line is left out")
                    continue
                }
                firstLine[path] = number
                sidecar.dates[path] = day
            }
        }
        return sidecar
    }

    /// Why a line is not taken, as a one-line reason with the way out.
    package struct LineError: Error, Equatable {
        package let reason: String
    }

    /// A line's (path, day); nil for a blank or comment line.
    private static func entry(_ line: String, isArticle: (String) -> Bool) -> Result<(String, String), LineError>? {
        var text = Substring(line)
        if text.hasSuffix("\r") { text = text.dropLast() }
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        guard let tab = text.firstIndex(of: "\t") else {
            return .failure(LineError(reason: "no tab between path and date; write PATH<TAB>YYYY-MM-DD"))
        }
        var path = text[..<tab].trimmingSpaces
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        let value = text[text.index(after: tab)...].trimmingSpaces
        guard !path.isEmpty else { return .failure(LineError(reason: "no path before the tab")) }
        guard isArticle(String(path)) else {
            return .failure(LineError(reason: "no article \(path) in the folder; write its path relative to the folder"))
        }
        switch SidecarDay.day(of: value) {
        case .success(let day): return .success((String(path), day))
        case .failure(let error): return .failure(error)
        }
    }
}

/// The day of a sidecar's date value: "YYYY-MM-DD", or an ISO date and time
/// ("2022-06-23T20:30:00Z", "2022-06-23 20:30+02:00"), whose own day is taken.
package enum SidecarDay {
    package static func day(of value: Substring) -> Result<String, SidecarDates.LineError> {
        let bytes = Array(value.utf8)
        let digit = { (i: Int) in i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        let shaped = bytes.count >= 10 && (0..<10).allSatisfy { [4, 7].contains($0) ? bytes[$0] == UInt8(ascii: "-") : digit($0) }
        guard shaped, bytes.count == 10 || isTime(bytes[10...]) else {
            return .failure(SidecarDates.LineError(reason:
                "'\(value)' is not a date; write YYYY-MM-DD or an ISO date and time (2022-06-23T20:30:00Z)"))
        }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        guard PlausibleDate.isPlausible(year: year, month: month, day: day) else {
            return .failure(SidecarDates.LineError(reason:
                "\(value.prefix(10)) is not a plausible date (a real day from \(PlausibleDate.firstYear) up to tomorrow)"))
        }
        return .success(String(decoding: bytes[0..<10], as: UTF8.self))
    }

    /// "T" or a space, then HH:MM, optional :SS and fraction, optional Z or ±HH:MM.
    private static func isTime(_ tail: ArraySlice<UInt8>) -> Bool {
        var rest = Substring(String(decoding: tail, as: UTF8.self))
        guard let separator = rest.first, separator == "T" || separator == " " else { return false }
        rest = rest.dropFirst()
        func take(_ count: Int) -> Int? {
            let part = rest.prefix(count)
            guard part.count == count, part.allSatisfy(\.isASCIIDigit), let value = Int(part) else { return nil }
            rest = rest.dropFirst(count)
            return value
        }
        guard let hour = take(2), hour < 24, rest.first == ":" else { return false }
        rest = rest.dropFirst()
        guard let minute = take(2), minute < 60 else { return false }
        if rest.first == ":" {
            rest = rest.dropFirst()
            guard let second = take(2), second <= 60 else { return false }
            if rest.first == "." || rest.first == "," {
                rest = rest.dropFirst()
                let fraction = rest.prefix(while: \.isASCIIDigit)
                guard !fraction.isEmpty else { return false }
                rest = rest.dropFirst(fraction.count)
            }
        }
        if rest == "Z" || rest.isEmpty { return true }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return false }
        rest = rest.dropFirst()
        guard let zoneHour = take(2), zoneHour < 24 else { return false }
        if rest.first == ":" { rest = rest.dropFirst() }
        guard let zoneMinute = take(2), zoneMinute < 60 else { return false }
        return rest.isEmpty
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

private extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !blank($0) }), let end = lastIndex(where: { !blank($0) }) else { return "" }
        return self[start...end]
    }
}
