import CXapianShim

// The C side of the parser's Swift callbacks: range mappers and field
// processors. Neither may unwind into C++, so errors go back as statuses.

final class FieldProcessorBox {
    let process: QueryParser.FieldProcessor
    init(_ process: @escaping QueryParser.FieldProcessor) { self.process = process }
}

/// The C side of `QueryParser.addField`: calls the Swift processor and hands
/// the shim a handle of its own to the query, or a thrown error as a status.
let fieldProcessorCallback: xs_field_processor = { context, value, length, out, errorOut in
    guard let context, let out else { return XS_INVALID_ARGUMENT }
    let box = Unmanaged<FieldProcessorBox>.fromOpaque(context).takeUnretainedValue()
    let text = value.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: length), as: UTF8.self) } ?? ""
    do throws(XapianError) {
        out.pointee = try box.process(text)?.detachedHandle()
        return XS_OK
    } catch {
        errorOut?.pointee = error.shimError
        return error.kind.status
    }
}

final class RangeMapperBox {
    let map: QueryParser.RangeMapper
    init(_ map: @escaping QueryParser.RangeMapper) { self.map = map }
}

/// The C side of `QueryParser.addRangeField`: calls the Swift mapper and
/// copies its bounds into the shim's buffers.
let rangeMapperCallback: xs_range_mapper = { context, begin, beginLength, end, endLength, lower, lowerLength, upper, upperLength in
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
