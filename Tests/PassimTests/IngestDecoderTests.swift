import Testing
@testable import PassimText

@Suite("Ingest: decoding bytes to text")
struct IngestDecoderTests {
    @Test("UTF-8 text comes through unchanged, offsets map one to one")
    func utf8Identity() throws {
        let bytes = Array("Grüße aus Zürich\nzweite Zeile".utf8)
        let decoded = try TextDecoder.decode(bytes, path: "a.txt")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == bytes)
        #expect(decoded.sourceMap.fileOffset(at: 20) == 20)
        #expect(decoded.sourceMap.line(at: 20, in: decoded.text) == 2)
    }

    @Test("text that is not UTF-8 is read as Windows-1252 and maps back to file bytes")
    func windows1252() throws {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" au lait\n".utf8) + [0x93] + Array("quoted".utf8) + [0x94]
            + Array("\nline three ".utf8) + [0x80]
        let decoded = try TextDecoder.decode(bytes, path: "b.txt")
        #expect(decoded.encoding == .windows1252)
        let text = String(decoding: decoded.text, as: UTF8.self)
        #expect(text == "café au lait\n“quoted”\nline three €")

        let map = decoded.sourceMap
        let au = try #require(IngestFixtures.firstOffset(of: " au", in: decoded.text))
        #expect(au == 5)
        #expect(map.fileOffset(at: au) == 4)
        let three = try #require(IngestFixtures.firstOffset(of: "line three", in: decoded.text))
        #expect(map.fileOffset(at: three) == IngestFixtures.firstOffset(of: "line three", in: bytes))
        #expect(map.line(at: three, in: decoded.text) == 3)
    }

    @Test("the five bytes Windows-1252 leaves undefined read as U+FFFD")
    func undefinedBytes() throws {
        let decoded = try TextDecoder.decode([0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x42], path: "c.txt")
        #expect(String(decoding: decoded.text, as: UTF8.self) == "A\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}B")
    }

    @Test("malformed UTF-8 (overlong, surrogate, cut short) is not taken for UTF-8", arguments: [
        [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF],
    ] as [[UInt8]])
    func malformedUTF8(_ sequence: [UInt8]) throws {
        let decoded = try TextDecoder.decode(Array("x ".utf8) + sequence + Array(" y".utf8), path: "d.txt")
        #expect(decoded.encoding == .windows1252)
    }

    @Test("a UTF-8 byte order mark is dropped and offsets shift past it")
    func byteOrderMark() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hello".utf8), path: "e.txt")
        #expect(decoded.text == Array("Hello".utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.sourceMap.fileOffset(at: 0) == 3)
        #expect(decoded.sourceMap.fileOffset(at: 4) == 7)
    }

    @Test("NUL bytes make a file binary, with a one-line reason")
    func nulIsBinary() {
        let bytes: [UInt8] = Array("PK".utf8) + [0, 0, 3, 4] + Array("rest".utf8)
        #expect(throws: IngestError.binary(path: "notes/scan.txt", reason: "NUL bytes")) {
            try TextDecoder.decode(bytes, path: "notes/scan.txt")
        }
        #expect(IngestError.binary(path: "notes/scan.txt", reason: "NUL bytes").description
            == "notes/scan.txt: binary file (NUL bytes), skipped")
    }

    @Test("mostly control characters make a file binary")
    func controlsAreBinary() {
        let bytes = (0..<400).map { UInt8($0 % 3 == 0 ? 0x01 : 0x41) }
        #expect(throws: IngestError.binary(path: "f.txt", reason: "control characters")) {
            try TextDecoder.decode(bytes, path: "f.txt")
        }
    }

    @Test("UTF-16 is refused with a way out")
    func utf16() {
        #expect(throws: IngestError.unsupportedEncoding(path: "g.txt", encoding: "UTF-16")) {
            try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00], path: "g.txt")
        }
    }

    @Test("stray control characters become spaces of the same length")
    func controlsBecomeSpaces() throws {
        let decoded = try TextDecoder.decode(Array("A form\u{1}feed\u{7F}and a C1\u{85}next line\tand tab\r\n".utf8), path: "h.txt")
        #expect(decoded.text == Array("A form feed and a C1  next line\tand tab\r\n".utf8))
    }

    @Test("a file cut inside a UTF-8 character is still UTF-8")
    func truncatedCharacter() throws {
        let whole = Array("naïve €".utf8)
        let cut = Array(whole.dropLast(1))
        let decoded = try TextDecoder.decode(cut, path: "i.txt", truncated: true)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == Array("naïve ".utf8))
    }

    @Test("large files get anchors along the way, and lines stay right")
    func checkpoints() throws {
        var bytes: [UInt8] = []
        for line in 0..<3000 { bytes += Array("line \(line) of a long file, café\n".utf8) }
        for encoding in [TextEncoding.utf8, .windows1252] {
            let input = encoding == .utf8 ? bytes : bytes.map { $0 == 0xC3 ? 0x41 : $0 == 0xA9 ? 0xE9 : $0 }
            let decoded = try TextDecoder.decode(input, path: "j.txt")
            #expect(decoded.encoding == encoding)
            #expect(decoded.sourceMap.anchors.count > 5)
            let offset = try #require(IngestFixtures.firstOffset(of: "line 2500 ", in: decoded.text))
            #expect(decoded.sourceMap.line(at: offset, in: decoded.text) == 2501)
            let fileOffset = decoded.sourceMap.fileOffset(at: offset)
            #expect(Array(input[fileOffset..<(fileOffset + 10)]) == Array("line 2500 ".utf8))
        }
    }
}
