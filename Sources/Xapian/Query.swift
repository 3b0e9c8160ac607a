import CXapianShim

/// An immutable Xapian query.
public final class Query: CustomStringConvertible {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { xs_query_free(handle) }

    /// Matches documents indexed by `term`.
    public convenience init(term: String) throws(XapianError) {
        var out: OpaquePointer?
        try shim { xs_query_term(term, term.utf8.count, &out, $0) }
        self.init(handle: out!)
    }

    /// Matches every document.
    public static func matchAll() throws(XapianError) -> Query {
        var out: OpaquePointer?
        try shim { xs_query_match_all(&out, $0) }
        return Query(handle: out!)
    }

    /// Matches every document, each with the same `weight`: filtered by
    /// another query, a fixed amount added to what that query matches.
    public static func fixedWeight(_ weight: Double) throws(XapianError) -> Query {
        var out: OpaquePointer?
        try shim { xs_query_fixed_weight(weight, &out, $0) }
        return Query(handle: out!)
    }

    /// Matches documents whose value in `slot` lies between `lower` and
    /// `upper` inclusive, compared as bytes; an empty bound is open (not both).
    public static func valueRange(slot: UInt32, lower: String, upper: String) throws(XapianError) -> Query {
        var out: OpaquePointer?
        try shim { xs_query_value_range(slot, lower, lower.utf8.count, upper, upper.utf8.count, &out, $0) }
        return Query(handle: out!)
    }

    public enum Operator: Sendable {
        case and, or, andNot
        /// The left side ranks; the right side only restricts.
        case filter
        /// The left side decides what matches; the right side only adds weight.
        case andMaybe

        var shim: xs_query_op {
            switch self {
            case .and: XS_OP_AND
            case .or: XS_OP_OR
            case .andNot: XS_OP_AND_NOT
            case .filter: XS_OP_FILTER
            case .andMaybe: XS_OP_AND_MAYBE
            }
        }
    }

    public func combined(_ op: Operator, _ other: Query) throws(XapianError) -> Query {
        var out: OpaquePointer?
        try shim { xs_query_combine(handle, op.shim, other.handle, &out, $0) }
        return Query(handle: out!)
    }

    /// The query with every weight multiplied by `factor`.
    public func scaled(by factor: Double) throws(XapianError) -> Query {
        var out: OpaquePointer?
        try shim { xs_query_scale(handle, factor, &out, $0) }
        return Query(handle: out!)
    }

    /// What the filters and exclusions at the top of the query admit
    /// (`folder:x`, `date:…`, `-word`), as a query; nil when there are none.
    public func constraints() throws(XapianError) -> Query? {
        var out: OpaquePointer?
        try shim { xs_query_constraints(handle, &out, $0) }
        return out.map { Query(handle: $0) }
    }

    /// True when the query holds no terms at all.
    public var isEmpty: Bool { xs_query_is_empty(handle) }

    public var description: String {
        (try? shimString { xs_query_describe(handle, $0, $1) }) ?? "Query(?)"
    }

    /// The distinct terms of the query, in term order.
    public func terms() throws(XapianError) -> [String] {
        final class Box { var terms: [String] = [] }
        let box = Box()
        try shim { error in
            xs_query_each_term(handle, { context, term, length in
                let box = Unmanaged<Box>.fromOpaque(context!).takeUnretainedValue()
                box.terms.append(String(decoding: UnsafeRawBufferPointer(start: term, count: length), as: UTF8.self))
            }, Unmanaged.passUnretained(box).toOpaque(), error)
        }
        return box.terms
    }
}

/// Xapian's QueryParser: phrases, boolean operators, +/-, NEAR, wildcards, fields.
public final class QueryParser {
    let handle: OpaquePointer

    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let boolean = Flags(rawValue: UInt32(XS_PARSE_BOOLEAN))
        public static let phrase = Flags(rawValue: UInt32(XS_PARSE_PHRASE))
        public static let loveHate = Flags(rawValue: UInt32(XS_PARSE_LOVEHATE))
        public static let booleanAnyCase = Flags(rawValue: UInt32(XS_PARSE_BOOLEAN_ANY_CASE))
        public static let wildcard = Flags(rawValue: UInt32(XS_PARSE_WILDCARD))
        public static let pureNot = Flags(rawValue: UInt32(XS_PARSE_PURE_NOT))
        public static let spellingCorrection = Flags(rawValue: UInt32(XS_PARSE_SPELLING_CORRECTION))
        public static let synonym = Flags(rawValue: UInt32(XS_PARSE_SYNONYM))
        public static let autoSynonyms = Flags(rawValue: UInt32(XS_PARSE_AUTO_SYNONYMS))
        public static let autoMultiwordSynonyms = Flags(rawValue: UInt32(XS_PARSE_AUTO_MULTIWORD_SYNONYMS))
    }

    /// `database` expands wildcards and suggests spellings; it may be nil.
    public init(database: Database?, language: String, stemming: Stemming) throws(XapianError) {
        var out: OpaquePointer?
        try shim { xs_query_parser_new(database?.handle, language, language.utf8.count, stemming.shim, &out, $0) }
        handle = out!
    }

    /// Keeps the range mappers alive as long as the parser that calls them.
    private var rangeMappers: [RangeMapperBox] = []

    deinit { xs_query_parser_free(handle) }

    /// Maps `field:` to terms with `prefix`; a boolean field filters without ranking.
    public func addPrefix(field: String, prefix: String, boolean: Bool) throws(XapianError) {
        try shim {
            xs_query_parser_add_prefix(handle, field, field.utf8.count, prefix, prefix.utf8.count, boolean, $0)
        }
    }

    /// A filter field whose values name entities through the index's
    /// synonyms of `keyPrefix` + value, or directly as `termPrefix` + id.
    public func addEntityField(_ field: String, termPrefix: String, keyPrefix: String) throws(XapianError) {
        try shim {
            xs_query_parser_add_entity_field(handle, field, field.utf8.count, termPrefix, termPrefix.utf8.count,
                                             keyPrefix, keyPrefix.utf8.count, $0)
        }
    }

    /// Entity field values of the last parse that named nothing ("actor:nobody").
    public func unknownEntityValues() throws(XapianError) -> [String] {
        try shimString { xs_query_parser_unknown_values(handle, $0, $1) }.split(separator: "\n").map(String.init)
    }

    /// Words free text ignores; they still count in phrases and with +.
    public func setStopwords(_ words: [String]) throws(XapianError) {
        var buffer: [UInt8] = []
        for word in words { buffer += Array(word.utf8) + [0] }
        try shim { error in
            buffer.withUnsafeBytes { raw in
                xs_query_parser_set_stopwords(handle, raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count, error)
            }
        }
    }

    /// Turns the ends of a range as typed (either may be empty: open) into
    /// the slot's bounds (an empty bound stays open), or nil when they are
    /// not valid.
    public typealias RangeMapper = (_ begin: String, _ end: String) -> (lower: String, upper: String)?

    /// A filter field on value slot `slot` through Xapian's RangeProcessor:
    /// `field:A..B`, `field:A..`, `field:..B`, and `field:A` as A..A. Values
    /// `map` refuses match nothing and are listed by `badRangeValues()`.
    public func addRangeField(_ field: String, slot: UInt32, map: @escaping RangeMapper) throws(XapianError) {
        let box = RangeMapperBox(map)
        rangeMappers.append(box)
        let context = Unmanaged.passUnretained(box).toOpaque()
        try shim { xs_query_parser_add_range_field(handle, field, field.utf8.count, slot, rangeMapperCallback, context, $0) }
    }

    /// Range field values of the last parse that named no valid range ("date:2024-13").
    public func badRangeValues() throws(XapianError) -> [String] {
        try shimString { xs_query_parser_bad_ranges(handle, $0, $1) }.split(separator: "\n").map(String.init)
    }

    /// A wildcard expands to at most `limit` terms, the most frequent.
    public func setWildcardLimit(_ limit: UInt32) throws(XapianError) {
        try shim { xs_query_parser_set_wildcard_limit(handle, limit, $0) }
    }

    public func setDefaultOperatorAnd(_ useAnd: Bool) throws(XapianError) {
        try shim { xs_query_parser_set_default_and(handle, useAnd, $0) }
    }

    /// Parses `text`; a syntax error throws `.querySyntax`.
    public func parse(_ text: String, flags: Flags) throws(XapianError) -> Query {
        var out: OpaquePointer?
        try shim { xs_query_parser_parse(handle, text, text.utf8.count, UInt32(flags.rawValue), &out, $0) }
        return Query(handle: out!)
    }

    /// After parsing with `.spellingCorrection`: the corrected query, or nil.
    public func correctedQuery() throws(XapianError) -> String? {
        let s = try shimString { xs_query_parser_correction(handle, $0, $1) }
        return s.isEmpty ? nil : s
    }
}

private final class RangeMapperBox {
    let map: QueryParser.RangeMapper
    init(_ map: @escaping QueryParser.RangeMapper) { self.map = map }
}

/// The C side of `QueryParser.addRangeField`: calls the Swift mapper and
/// copies its bounds into the shim's buffers.
private let rangeMapperCallback: xs_range_mapper = { context, begin, beginLength, end, endLength, lower, lowerLength, upper, upperLength in
    guard let context, let lower, let lowerLength, let upper, let upperLength else { return false }
    let box = Unmanaged<RangeMapperBox>.fromOpaque(context).takeUnretainedValue()
    func text(_ pointer: UnsafePointer<CChar>?, _ length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }
    guard let bounds = box.map(text(begin, beginLength), text(end, endLength)) else { return false }
    func copy(_ bound: String, _ buffer: UnsafeMutablePointer<CChar>, _ length: UnsafeMutablePointer<Int>) -> Bool {
        let bytes = Array(bound.utf8)
        guard bytes.count <= Int(XS_RANGE_BOUND_MAX) else { return false }
        for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
        length.pointee = bytes.count
        return true
    }
    return copy(bounds.lower, lower, lowerLength) && copy(bounds.upper, upper, upperLength)
}
