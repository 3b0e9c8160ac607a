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

    /// `queries` joined by one operator, as Xapian joins a list: a single
    /// query stands for itself, none matches nothing.
    public static func combining(_ op: Operator, _ queries: [Query]) throws(XapianError) -> Query {
        var out: OpaquePointer?
        let handles: [OpaquePointer?] = queries.map(\.handle)
        try withExtendedLifetime(queries) { () throws(XapianError) in
            try shim { error in
                handles.withUnsafeBufferPointer { xs_query_combine_all(op.shim, $0.baseAddress, $0.count, &out, error) }
            }
        }
        return Query(handle: out!)
    }

    /// A second shim handle to this query, for the shim to own and free.
    func detachedHandle() throws(XapianError) -> OpaquePointer {
        var out: OpaquePointer?
        try shim { xs_query_copy(handle, &out, $0) }
        return out!
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
        try collectStrings { xs_query_each_term(handle, $0, $1, $2) }
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

    /// Keeps the range mappers and field processors alive as long as the parser that calls them.
    private var rangeMappers: [RangeMapperBox] = []
    private var fieldProcessors: [FieldProcessorBox] = []

    deinit { xs_query_parser_free(handle) }

    /// Maps `field:` to terms with `prefix`; a boolean field filters without ranking.
    public func addPrefix(field: String, prefix: String, boolean: Bool) throws(XapianError) {
        try shim {
            xs_query_parser_add_prefix(handle, field, field.utf8.count, prefix, prefix.utf8.count, boolean, $0)
        }
    }

    /// Words free text ignores; they still count in phrases and with +.
    public func setStopwords(_ words: [String]) throws(XapianError) {
        for word in words { try shim { xs_query_parser_add_stopword(handle, word, word.utf8.count, $0) } }
    }

    /// Turns the value of `field:value`, as Xapian's parser found it, into a
    /// query, or nil when the value names nothing.
    public typealias FieldProcessor = (_ value: String) throws(XapianError) -> Query?

    /// A field whose values `process` turns into queries, through Xapian's
    /// FieldProcessor; a boolean field filters without ranking. Values
    /// `process` gives no query for match nothing and are listed by
    /// `unknownFieldValues()`; an error it throws fails the parse.
    public func addField(_ field: String, boolean: Bool, process: @escaping FieldProcessor) throws(XapianError) {
        let box = FieldProcessorBox(process)
        fieldProcessors.append(box)
        let context = Unmanaged.passUnretained(box).toOpaque()
        try shim { xs_query_parser_add_field(handle, field, field.utf8.count, boolean, fieldProcessorCallback, context, $0) }
    }

    /// Field values of the last parse that a processor gave no query for ("actor:nobody").
    public func unknownFieldValues() throws(XapianError) -> [String] {
        try collectStrings { xs_query_parser_each_unknown_value(handle, $0, $1, $2) }
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
        try collectStrings { xs_query_parser_each_bad_range(handle, $0, $1, $2) }
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
