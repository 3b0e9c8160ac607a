import ArgumentParser

/// A duration typed on the command line (`--timeout 2.5`), checked once here
/// so no command converts an infinite or enormous number to milliseconds
/// (which traps). There is no "no limit": a stuck server must not hang a
/// search for ever, and a day is more than any wait a user means.
struct Seconds: ExpressibleByArgument, CustomStringConvertible, Sendable {
    static let longest = 86_400.0
    static let shortest = 0.001

    let value: Double

    init(_ value: Double) { self.value = value }

    init?(argument: String) {
        // Only plain decimals: "inf", "nan", "1e19" and hex floats are refused.
        let bytes = Array(argument.utf8)
        let digit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        guard !bytes.isEmpty, bytes.allSatisfy({ digit($0) || $0 == UInt8(ascii: ".") }),
              bytes.filter({ $0 == UInt8(ascii: ".") }).count <= 1, bytes.contains(where: digit),
              let value = Double(argument), (Self.shortest...Self.longest).contains(value) else { return nil }
        self.value = value
    }

    /// Whole milliseconds, at least 1 (the value is bounded, so this cannot trap).
    var milliseconds: Int { max(1, Int((value * 1000).rounded())) }

    var description: String { value == value.rounded() ? String(Int(value)) : String(value) }
    var defaultValueDescription: String { description }

    static var defaultCompletionKind: CompletionKind { .default }
}

extension Seconds {
    /// For `@Option(transform:)`, so a refused value is told what is wanted.
    static func parse(_ text: String) throws -> Seconds {
        guard let seconds = Seconds(argument: text) else {
            throw ValidationError("give seconds from \(shortest) to \(Int(longest)) (a day), such as 10 or 2.5")
        }
        return seconds
    }
}
