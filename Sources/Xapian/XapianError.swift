import CXapianShim

/// A failure reported by Xapian, with the kind the shim classified it as.
public struct XapianError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        case notFound, opening, lock, corrupt, modified, querySyntax, network
        case invalidArgument, outOfMemory, diskFull, other
    }

    public let kind: Kind
    public let message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    init(_ error: xs_error) {
        var copy = error
        let message = withUnsafeBytes(of: &copy.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        self.init(kind: Kind(error.status), message: message)
    }
}

extension XapianError {
    /// The error as the shim reports one, the message cut to fit.
    var shimError: xs_error {
        var error = xs_error()
        error.status = kind.status
        withUnsafeMutableBytes(of: &error.message) { raw in
            let bytes = Array(message.utf8)
            var end = min(bytes.count, raw.count - 1)
            // Cut before a character, never inside one.
            while end < bytes.count, end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            raw.copyBytes(from: bytes[..<end])
            raw[end] = 0
        }
        return error
    }
}

extension XapianError.Kind {
    var status: xs_status {
        switch self {
        case .notFound: XS_NOT_FOUND
        case .opening: XS_OPENING
        case .lock: XS_LOCK
        case .corrupt: XS_CORRUPT
        case .modified: XS_MODIFIED
        case .querySyntax: XS_QUERY_SYNTAX
        case .network: XS_NETWORK
        case .invalidArgument: XS_INVALID_ARGUMENT
        case .outOfMemory: XS_OUT_OF_MEMORY
        case .diskFull: XS_DISK_FULL
        case .other: XS_OTHER
        }
    }

    init(_ status: xs_status) {
        switch status {
        case XS_NOT_FOUND: self = .notFound
        case XS_OPENING: self = .opening
        case XS_LOCK: self = .lock
        case XS_CORRUPT: self = .corrupt
        case XS_MODIFIED: self = .modified
        case XS_QUERY_SYNTAX: self = .querySyntax
        case XS_NETWORK: self = .network
        case XS_INVALID_ARGUMENT: self = .invalidArgument
        case XS_OUT_OF_MEMORY: self = .outOfMemory
        case XS_DISK_FULL: self = .diskFull
        default: self = .other
        }
    }
}

/// Runs one shim call and throws its error, if any.
@inline(__always)
func shim(_ call: (UnsafeMutablePointer<xs_error>) -> xs_status) throws(XapianError) {
    var error = xs_error()
    if call(&error) != XS_OK { throw XapianError(error) }
}

/// Runs a shim call that returns a string and takes ownership of it.
func shimString(_ call: (UnsafeMutablePointer<xs_string>, UnsafeMutablePointer<xs_error>) -> xs_status) throws(XapianError) -> String {
    var out = xs_string()
    defer { xs_string_free(&out) }
    try shim { call(&out, $0) }
    guard let data = out.data else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: data, count: out.len), as: UTF8.self)
}

/// Runs a shim call that returns bytes and takes ownership of them.
func shimBytes(_ call: (UnsafeMutablePointer<xs_string>, UnsafeMutablePointer<xs_error>) -> xs_status) throws(XapianError) -> [UInt8] {
    var out = xs_string()
    defer { xs_string_free(&out) }
    try shim { call(&out, $0) }
    guard let data = out.data else { return [] }
    return Array(UnsafeRawBufferPointer(start: data, count: out.len))
}

/// Xapian's version string, e.g. "1.4.22".
public var xapianVersion: String { String(cString: xs_xapian_version()) }
