import Glibc
import Testing
@testable import PassimText
import PassimSupport

@Suite("Ingest: HTML pages")
struct IngestHTMLTests {
    /// Extracts `html` as if read from a file.
    func extract(_ html: [UInt8]) throws -> (ExtractedText, TextEncoding) {
        HTMLExtractor.extract(html, decoded: try TextDecoder.decode(html, path: "page.html"))
    }

    func text(_ html: String) throws -> String {
        String(decoding: try extract(Array(html.utf8)).0.text, as: UTF8.self)
    }

    @Test("scripts, styles, navigation and the head are dropped; the title is kept as the title")
    func dropsInvisible() throws {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>  Storm   hits coast </title>
            <style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <noscript>Enable JavaScript</noscript><template><p>later</p></template>
            <svg><title>icon</title><text>drawn</text></svg><iframe src="x">frame</iframe>
            <h1>Storm hits the coast</h1><p>Winds reached 120 km/h.</p>
            <script>track();</script></body></html>
            """
        let (extracted, encoding) = try extract(Array(html.utf8))
        #expect(String(decoding: extracted.text, as: UTF8.self) == "Storm hits the coast\n\nWinds reached 120 km/h.")
        #expect(extracted.declaredTitle == "Storm hits coast")
        #expect(encoding == .utf8)
    }

    @Test("without a <title>, the first <h1> is the title")
    func headingTitle() throws {
        let (extracted, _) = try extract(Array("<body><p>Intro</p><h1>  The <em>real</em>\n headline </h1><h1>Second</h1>".utf8))
        #expect(extracted.declaredTitle == "The real headline")
    }

    @Test("entities are decoded")
    func entities() throws {
        #expect(try text("<p>Fish &amp; chips at the caf&eacute; &#8217;n&#x2019; more&nbsp;&lt;3</p>")
            == "Fish & chips at the café ’n’ more <3")
    }

    @Test("blocks are paragraphs separated by a blank line; white space inside collapses")
    func paragraphs() throws {
        let html = """
            <p>One,   <b>bold</b>
               and <i>italic</i>.</p><p>Two</p><div>Three<br>Four</div>
            <ul><li>a</li><li>b</li></ul><table><tr><td>c1</td><td>c2</td></tr></table>
            <blockquote>Quote</blockquote>Tail<span> end</span>
            """
        #expect(try text(html) == "One, bold and italic.\n\nTwo\n\nThree\n\nFour\n\na\n\nb\n\nc1\n\nc2\n\nQuote\n\nTail end")
    }

    @Test("hidden elements are dropped")
    func hidden() throws {
        let html = """
            <p>Shown</p><div hidden>Hidden attribute</div><p aria-hidden="true">Aria</p>
            <p aria-hidden="false">Also shown</p><span style="display: none">Styled</span>
            <div style="color:red; VISIBILITY : hidden">Invisible</div>
            """
        #expect(try text(html) == "Shown\n\nAlso shown")
    }

    @Test("a paragraph deep in the file maps to its own line and byte offset")
    func lineNumbers() throws {
        var html = "<html>\n<head><title>Long page</title></head>\n<body>\n"
        for number in 1...300 {
            html += "<p>Paragraph \(number) says &amp; something,\n  over two lines.</p>\n"
        }
        html += "</body></html>\n"
        let bytes = Array(html.utf8)
        let (extracted, _) = try extract(bytes)

        let offset = try #require(IngestFixtures.firstOffset(of: "Paragraph 250 ", in: extracted.text))
        let fileOffset = extracted.sourceMap.fileOffset(at: offset)
        #expect(Array(bytes[fileOffset..<(fileOffset + 14)]) == Array("Paragraph 250 ".utf8))
        #expect(extracted.sourceMap.line(at: offset, in: extracted.text) == 3 + 2 * 249 + 1)

        let second = try #require(IngestFixtures.firstOffset(of: "over two lines", in: Array(extracted.text[offset...])))
        #expect(extracted.sourceMap.line(at: offset + second, in: extracted.text) == 3 + 2 * 249 + 2)
        let secondInFile = extracted.sourceMap.fileOffset(at: offset + second)
        #expect(Array(bytes[secondInFile..<(secondInFile + 14)]) == Array("over two lines".utf8))
    }

    @Test("words after collapsed white space keep their exact file offsets")
    func collapsedOffsets() throws {
        let bytes = Array("<p>Hello,\t   <b>big</b>   wide&nbsp;world</p>".utf8)
        let (extracted, _) = try extract(bytes)
        #expect(String(decoding: extracted.text, as: UTF8.self) == "Hello, big wide world")
        for word in ["big", "wide", "world"] {
            let offset = try #require(IngestFixtures.firstOffset(of: word, in: extracted.text))
            #expect(extracted.sourceMap.fileOffset(at: offset) == IngestFixtures.firstOffset(of: word, in: bytes))
        }
    }

    @Test("long runs of text and CRLF line ends still map to exact lines and offsets")
    func longRuns() throws {
        let lines = (1...60).map { "Long line \($0) " + String(repeating: "x", count: 80) }
        let bytes = Array(("<html>\r\n<body>\r\n<div>" + lines.joined(separator: "\r\n") + "</div></body></html>").utf8)
        let (extracted, _) = try extract(bytes)
        for number in [1, 12, 45, 60] {
            let needle = "Long line \(number) "
            let offset = try #require(IngestFixtures.firstOffset(of: needle, in: extracted.text))
            let fileOffset = extracted.sourceMap.fileOffset(at: offset)
            #expect(Array(bytes[fileOffset..<(fileOffset + needle.utf8.count)]) == Array(needle.utf8))
            #expect(extracted.sourceMap.line(at: offset, in: extracted.text) == 2 + number)
        }
    }

    @Test("a UTF-8 page that still declares Latin-1 is read as the UTF-8 it is")
    func staleDeclaration() throws {
        let (extracted, encoding) = try extract(Array("<meta charset=\"iso-8859-1\"><p>Crème brûlée</p>".utf8))
        #expect(encoding == .utf8)
        #expect(String(decoding: extracted.text, as: UTF8.self) == "Crème brûlée")
    }

    @Test("a meta tag cannot declare UTF-16 for a page written in bytes")
    func declaredUTF16() throws {
        let bytes: [UInt8] = Array("<meta charset=\"utf-16\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let (extracted, encoding) = try extract(bytes)
        #expect(encoding == .windows1252)
        #expect(String(decoding: extracted.text, as: UTF8.self) == "café")
    }

    @Test("malformed HTML still yields its text")
    func malformed() throws {
        let html = "<html><body><p>Unclosed <b>bold <i>mixed</b> text</i><div><p>Another</table></span>&bogus; end <p <p>last"
        let extracted = try text(html)
        #expect(extracted.contains("Unclosed bold mixed text"))
        #expect(extracted.contains("Another"))
        #expect(extracted.contains("last"))
    }

    @Test("a Latin-1 page with <meta charset=\"iso-8859-1\"> is decoded")
    func latin1Page() throws {
        let bytes: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"><title>Caf".utf8) + [0xE9]
            + Array("</title></head>\n<body><p>Cr".utf8) + [0xE8] + Array("me br".utf8) + [0xFB] + Array("l".utf8) + [0xE9]
            + Array("e, 5 ".utf8) + [0x80] + Array("</p></body></html>".utf8)
        let (extracted, encoding) = try extract(bytes)
        #expect(encoding == .windows1252)
        #expect(extracted.declaredTitle == "Café")
        #expect(String(decoding: extracted.text, as: UTF8.self) == "Crème brûlée, 5 €")
        #expect(extracted.sourceMap.fileOffset(at: 0) == IngestFixtures.firstOffset(of: "<p>Cr", in: bytes)! + 3)
        #expect(extracted.sourceMap.line(at: 0, in: extracted.text) == 2)
    }

    @Test("a page in another declared charset is converted by libxml2")
    func declaredCharset() throws {
        // "Привет" and "мир" in KOI8-R.
        let bytes: [UInt8] = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">\n</head><body>\n<p>".utf8)
            + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</p>\n\n<p>".utf8) + [0xCD, 0xC9, 0xD2] + Array("</p></body></html>".utf8)
        let (extracted, encoding) = try extract(bytes)
        #expect(encoding == .declaredByPage)
        #expect(String(decoding: extracted.text, as: UTF8.self) == "Привет\n\nмир")
        let world = try #require(IngestFixtures.firstOffset(of: "мир", in: extracted.text))
        #expect(extracted.sourceMap.line(at: world, in: extracted.text) == 5)
        #expect(extracted.sourceMap.fileOffset(at: world) == bytes.count - 21 - 3)
    }

    @Test("pages extract the same when read on many threads at once")
    func concurrent() async throws {
        let bytes = Array("<title>T</title><p>Caf&eacute; one</p><div hidden>x</div><p>two\n three</p>".utf8)
        let expected = try text(String(decoding: bytes, as: UTF8.self))
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<200).map { _ in
                        let decoded = try! TextDecoder.decode(bytes, path: "p.html")
                        return String(decoding: HTMLExtractor.extract(bytes, decoded: decoded).0.text, as: UTF8.self)
                    }
                }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.count == 1600)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test("libxml2 never writes to the terminal, and odd input never crashes")
    func robustAndQuiet() throws {
        var generator = SplitMix(seed: 42)
        let pieces = ["<", ">", "</", "<p>", "</div>", "<script>", "</script>", "&", "&#", "&#x110000;", "&amp", ";", "\"",
                      "<!--", "-->", "<![CDATA[", "]]>", "<?xml", "<meta charset=\"", "koi8-r", "bogus-charset", "shift_jis", "utf-16le", "ebcdic-us", "\">",
                      "<title>", "é", "\u{FFFD}", "text ", "\n", "<table><tr><td>", "<h1 hidden>", "<svg>", "=", "'"]
        let captured = try StandardErrorCapture()
        for _ in 0..<1000 {
            var page = ""
            for _ in 0..<Int(generator.next() % 60) { page += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var bytes = Array(page.utf8)
            for _ in 0..<Int(generator.next() % 4) {
                bytes.insert(UInt8(truncatingIfNeeded: 0x80 + generator.next() % 0x80), at: Int(generator.next() % UInt64(bytes.count + 1)))
            }
            if let decoded = try? TextDecoder.decode(bytes, path: "fuzz.html") {
                _ = HTMLExtractor.extract(bytes, decoded: decoded)
            }
        }
        let deep = String(repeating: "<div><span>", count: 20_000) + "bottom"
        #expect(try text(deep) == "bottom")
        let written = captured.finish()
        // Other tests may print meanwhile; libxml2's own messages look like these.
        for mark in ["parser error", "parser warning", "encoding error", "I/O error", "error :"] {
            #expect(!written.contains(mark), "libxml2 wrote: \(written.prefix(300))")
        }
    }
}

/// Sends this process's standard error to a file until `finish()`.
private final class StandardErrorCapture {
    private let saved: Int32
    private let file: UnsafeMutablePointer<FILE>

    init() throws {
        guard let file = tmpfile() else { throw IngestError.unreadable(path: "tmpfile", reason: "cannot create") }
        self.file = file
        fflush(nil)
        saved = dup(2)
        dup2(fileno(file), 2)
    }

    /// Restores standard error, passes on what was written to it (the test
    /// runner's own lines included) and returns it.
    func finish() -> String {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        rewind(file)
        var bytes: [UInt8] = []
        while true {
            let byte = fgetc(file)
            if byte == EOF { break }
            bytes.append(UInt8(byte))
        }
        fclose(file)
        bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
