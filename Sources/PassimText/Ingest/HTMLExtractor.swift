import CLibXML2
import Glibc

/// The visible text of an HTML page, through libxml2's forgiving HTML parser.
///
/// SAX rather than the tree API: no tree is built for text that is read once,
/// and at each event the parser's input position is at hand, so every text
/// run gets its byte offset and line in the file.
package enum HTMLExtractor {
    /// Extracts `decoded` (the page as `TextDecoder` read it); `bytes` are the
    /// file's own, for pages in a charset other than UTF-8 or Windows-1252.
    package static func extract(_ bytes: [UInt8], decoded: DecodedText) -> (ExtractedText, TextEncoding) {
        if decoded.encoding == .windows1252, let declared = HTMLCharset.declared(in: bytes),
           let label = HTMLCharset.converterLabel(for: declared), let converter = xmlFindCharEncodingHandler(label) {
            // libxml2 converts, so its offsets count converted bytes: anchor
            // each run at the start of its line, which libxml2 counts exactly.
            let state = parse(bytes, converter: converter)
            let lineStarts = lineStartOffsets(bytes)
            var text = state.builder.extracted { _, line in lineStarts[min(max(line, 1), lineStarts.count) - 1] }
            text.declaredDate = state.dates.date
            return (text, .declaredByPage)
        }
        // Windows-1252 is decoded by Passim, not iconv, which stops at the
        // five bytes the code page leaves undefined.
        let state = parse(decoded.text, converter: nil)
        var text = state.builder.extracted { offset, _ in decoded.sourceMap.fileOffset(at: offset) }
        text.declaredDate = state.dates.date
        return (text, decoded.encoding)
    }

    /// Parses `buffer`: UTF-8 when `converter` is nil, else in its charset.
    private static func parse(_ buffer: [UInt8], converter: xmlCharEncodingHandlerPtr?) -> ParseState.Result {
        _ = libraryReady
        // libxml2 keeps this per thread; errors must never reach the terminal.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        guard !buffer.isEmpty, buffer.count <= Int(Int32.max) else { return ParseState.Result() }

        return buffer.withUnsafeBufferPointer { memory -> ParseState.Result in
            let start = UnsafeRawPointer(memory.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let context = htmlCreateMemoryParserCtxt(start, Int32(memory.count)) else {
                return ParseState.Result()
            }
            defer { htmlFreeParserCtxt(context) }
            let state = ParseState(context: context)
            context.pointee.sax.pointee = saxHandler()
            context.pointee.userData = Unmanaged.passUnretained(state).toOpaque()
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
            htmlCtxtUseOptions(context, Int32(options))
            if let converter {
                xmlSwitchToEncoding(context, converter)
            } else {
                xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            }
            withExtendedLifetime(state) { _ = htmlParseDocument(context) }
            return ParseState.Result(builder: state.builder, dates: state.dates)
        }
    }

    private static let libraryReady: Void = xmlInitParser()

    /// The parser's user data: the text being built and where the parser is.
    private final class ParseState {
        package let context: htmlParserCtxtPtr
        package var builder = HTMLTextBuilder()
        package var dates = HTMLDeclaredDate()
        /// The text of the JSON-LD script being read, nil outside one.
        package var jsonLD: [UInt8]?

        package struct Result {
            package var builder = HTMLTextBuilder()
            package var dates = HTMLDeclaredDate()
        }

        package init(context: htmlParserCtxtPtr) { self.context = context }

        package func start(_ name: String, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            builder.start(name, hidden: HTMLAttributes.hide(attributes))
            dates.element(name, attributes)
            if name == "script", HTMLAttributes.value(of: "type", in: attributes)?.lowercased() == "application/ld+json" {
                jsonLD = []
            }
        }

        package func end(_ name: String) {
            builder.end(name)
            if name == "script", let script = jsonLD {
                dates.jsonLD(script)
                jsonLD = nil
            }
        }

        package static func from(_ pointer: UnsafeMutableRawPointer?) -> ParseState? {
            pointer.map { Unmanaged<ParseState>.fromOpaque($0).takeUnretainedValue() }
        }

        /// Finds where a text run sits in the parser's input. A run usually
        /// ends where the parser stands, or one character further when the
        /// parser flushed a long run before stepping past its last character;
        /// the bytes tell which. A run that came from an entity (`&amp;`) is
        /// not in the input as such and is placed a few bytes off.
        package func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
            if jsonLD != nil, let characters, length > 0, jsonLD!.count < HTMLDeclaredDate.maxJSONLDBytes {
                jsonLD!.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
            }
            guard let characters, length > 0, let input = context.pointee.input,
                  let base = input.pointee.base, let cur = input.pointee.cur, let end = input.pointee.end else { return }
            let run = UnsafeBufferPointer(start: characters, count: Int(length))
            let position = base.distance(to: cur)
            let available = base.distance(to: end)
            var runEnd = position
            for candidate in position...(position + 4) where candidate <= available && candidate >= run.count {
                if memcmp(base + (candidate - run.count), characters, run.count) == 0 {
                    runEnd = candidate
                    break
                }
            }
            var line = Int(input.pointee.line)
            for offset in position..<max(position, runEnd) where base[offset] == TextBytes.newline { line += 1 }
            for byte in run where byte == TextBytes.newline { line -= 1 }
            let start = Int(input.pointee.consumed) + runEnd - run.count
            builder.characters(run, bufferOffset: max(0, start), line: max(1, line))
        }
    }

    private static func saxHandler() -> htmlSAXHandler {
        var sax = htmlSAXHandler()
        // The SAX2 mark makes libxml2 report errors to `serror`, which drops them.
        sax.initialized = XML_SAX2_MAGIC
        sax.serror = { _, _ in }
        sax.startElement = { user, name, attributes in
            guard let state = ParseState.from(user), let name else { return }
            state.start(String(cString: name), attributes)
        }
        sax.endElement = { user, name in
            guard let state = ParseState.from(user), let name else { return }
            state.end(String(cString: name))
        }
        sax.characters = { user, characters, length in
            ParseState.from(user)?.characters(characters, length)
        }
        // White space between inline elements separates words.
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = sax.characters
        return sax
    }

    /// The offset at which each line of `bytes` starts; line n at index n - 1.
    private static func lineStartOffsets(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == TextBytes.newline { starts.append(offset + 1) }
        return starts
    }
}
