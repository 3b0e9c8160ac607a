import CXapianShim

// The shim returns lists only through visitors; these gather them into Swift values.

/// Runs one of the shim's string walks (`walk`, given the visitor, its
/// context and the error to fill) and collects the strings in order.
func collectStrings(_ walk: (xs_term_visitor, UnsafeMutableRawPointer, UnsafeMutablePointer<xs_error>) -> xs_status)
    throws(XapianError) -> [String] {
    final class Collector { var strings: [String] = [] }
    let collector = Collector()
    try shim { error in
        walk({ context, text, length in
            let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
            collector.strings.append(String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self))
        }, Unmanaged.passUnretained(collector).toOpaque(), error)
    }
    return collector.strings
}

/// Runs one of the shim's term walks (`walk`, given the visitor, its
/// context and the error to fill) and collects each term with its frequency.
func collectTerms(_ walk: (xs_term_freq_visitor, UnsafeMutableRawPointer, UnsafeMutablePointer<xs_error>) -> xs_status)
    throws(XapianError) -> [(term: String, documents: UInt64)] {
    final class Collector { var terms: [(term: String, documents: UInt64)] = [] }
    let collector = Collector()
    try shim { error in
        walk({ context, term, length, frequency in
            let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
            collector.terms.append((String(decoding: UnsafeRawBufferPointer(start: term, count: length), as: UTF8.self),
                                    frequency))
            return true
        }, Unmanaged.passUnretained(collector).toOpaque(), error)
    }
    return collector.terms
}

/// Runs one of the shim's metadata walks (`walk`, given the visitor, its
/// context and the error to fill), handing each (key, value) to `body`.
func walkMetadata(_ body: (String, String) -> Void,
                  _ walk: (xs_metadata_visitor, UnsafeMutableRawPointer, UnsafeMutablePointer<xs_error>) -> xs_status)
    throws(XapianError) {
    try withoutActuallyEscaping(body) { body throws(XapianError) in
        let visitor = PairVisitor(body)
        try shim { error in walk(PairVisitor.visit, Unmanaged.passUnretained(visitor).toOpaque(), error) }
    }
}

/// Hands each (key, value) of the shim's metadata walks to a closure.
final class PairVisitor {
    let body: (String, String) -> Void
    init(_ body: @escaping (String, String) -> Void) { self.body = body }

    static let visit: xs_metadata_visitor = { context, key, keyLength, value, valueLength in
        let visitor = Unmanaged<PairVisitor>.fromOpaque(context!).takeUnretainedValue()
        visitor.body(String(decoding: UnsafeRawBufferPointer(start: key, count: keyLength), as: UTF8.self),
                     String(decoding: UnsafeRawBufferPointer(start: value, count: valueLength), as: UTF8.self))
        return true
    }
}
