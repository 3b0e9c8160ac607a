import CXapianShim

/// A document being built for the writer: data, values and terms.
public final class Document {
    let handle: OpaquePointer

    public init() throws(XapianError) {
        var out: OpaquePointer?
        try shim { xs_document_new(&out, $0) }
        handle = out!
    }

    init(handle: OpaquePointer) { self.handle = handle }

    /// The stored payload.
    public func data() throws(XapianError) -> [UInt8] {
        try shimBytes { xs_document_data(handle, $0, $1) }
    }

    /// A term without positions, counted `wdf` times (it weighs in ranking).
    public func addTerm(_ term: String, wdf: UInt32) throws(XapianError) {
        try shim { xs_document_add_term(handle, term, term.utf8.count, wdf, $0) }
    }

    /// Removes every term starting with `prefix`.
    public func removeTerms(withPrefix prefix: String) throws(XapianError) {
        try shim { xs_document_remove_terms(handle, prefix, prefix.utf8.count, $0) }
    }

    deinit { xs_document_free(handle) }

    /// The payload returned with each hit.
    public func setData(_ data: [UInt8]) throws(XapianError) {
        try shim { error in
            data.withUnsafeBytes { raw in
                xs_document_set_data(handle, raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count, error)
            }
        }
    }

    public func addValue(_ value: String, slot: UInt32) throws(XapianError) {
        try shim { xs_document_add_value(handle, slot, value, value.utf8.count, $0) }
    }

    /// A filter or id term: no positions, no weight.
    public func addBooleanTerm(_ term: String) throws(XapianError) {
        try shim { xs_document_add_boolean_term(handle, term, term.utf8.count, $0) }
    }
}

extension Document {
    /// Calls `visit` with each term (as bytes) and its within-document frequency, in term order.
    public func forEachTerm(_ visit: (UnsafeRawBufferPointer, UInt32) -> Void) throws(XapianError) {
        try withoutActuallyEscaping(visit) { visit throws(XapianError) in
            var box = visit
            try withUnsafeMutablePointer(to: &box) { pointer throws(XapianError) in
                try shim { error in
                    xs_document_each_term(handle, { context, term, length, wdf in
                        let visit = context!.assumingMemoryBound(to: ((UnsafeRawBufferPointer, UInt32) -> Void).self).pointee
                        visit(UnsafeRawBufferPointer(start: term, count: length), wdf)
                    }, pointer, error)
                }
            }
        }
    }
}

/// Turns text into terms with a Snowball stemmer.
public final class TermGenerator {
    let handle: OpaquePointer

    /// `language` names a Snowball stemmer such as "english".
    public init(language: String) throws(XapianError) {
        var out: OpaquePointer?
        try shim { xs_termgen_new(language, language.utf8.count, &out, $0) }
        handle = out!
    }

    deinit { xs_termgen_free(handle) }

    /// Indexes `text` into `document`. Positions continue across calls until
    /// `reset()`, so two fields can be kept apart with `skipPositions`.
    public func index(_ text: String, into document: Document, prefix: String = "", wdfIncrement: UInt32 = 1,
                      stemming: Stemming, positions: Bool) throws(XapianError) {
        try shim {
            xs_termgen_index(handle, document.handle, text, text.utf8.count, prefix, prefix.utf8.count,
                             wdfIncrement, stemming.shim, positions, $0)
        }
    }

    public func skipPositions(_ delta: UInt32) throws(XapianError) {
        try shim { xs_termgen_increase_termpos(handle, delta, $0) }
    }

    /// Starts positions again from zero, for a new document.
    public func reset() { xs_termgen_reset(handle) }
}
