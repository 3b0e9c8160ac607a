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
