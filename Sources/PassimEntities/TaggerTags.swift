/// The labels of the statistical tagger: BIO tags over the four CoNLL-2003
/// types. Tag 0 is O; tag 2t−1 begins and 2t continues a name of type t.
package enum TaggerTag {
    package static let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
    package static let count = names.count
    package static let outside: UInt8 = 0

    /// The name types, 1-based as in the tags.
    package enum NameType: UInt8, CaseIterable {
        case person = 1, organisation, location, miscellaneous
        package var label: String { ["", "PER", "ORG", "LOC", "MISC"][Int(rawValue)] }
    }

    package static func type(of tag: UInt8) -> NameType? { tag == 0 ? nil : NameType(rawValue: (tag + 1) / 2) }
    package static func begins(_ tag: UInt8) -> Bool { tag & 1 == 1 }
    package static func begin(_ type: NameType) -> UInt8 { type.rawValue * 2 - 1 }
    package static func inside(_ type: NameType) -> UInt8 { type.rawValue * 2 }

    package static func tag(named name: String) -> UInt8? { names.firstIndex(of: name).map(UInt8.init) }

    /// The spans of names in a tag sequence, as token ranges with their type;
    /// an I- tag that does not continue a name of its type starts one.
    package static func spans(_ tags: [UInt8], offset: Int = 0) -> [(range: Range<Int>, type: NameType)] {
        var spans: [(range: Range<Int>, type: NameType)] = []
        var start = -1
        var current: NameType?
        for (i, tag) in tags.enumerated() {
            let type = Self.type(of: tag)
            if let current, type == current, !begins(tag) { continue }
            if let current { spans.append((offset + start..<offset + i, current)) }
            current = type
            start = i
        }
        if let current { spans.append((offset + start..<offset + tags.count, current)) }
        return spans
    }
}
