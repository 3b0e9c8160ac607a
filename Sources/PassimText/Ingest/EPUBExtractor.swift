import CLibXML2
import Glibc
import PassimSupport

/// An EPUB: a zip of XHTML chapters, read in the order of its spine with
/// `unzip -p` and each through the HTML extractor. Its package document
/// (the OPF) names the chapters, the title (`dc:title`) and the date (`dc:date`).
package enum EPUBExtractor {
    /// The book's text, chapters a blank line apart, at most
    /// `Tuning.maxFileBytes` of it; offsets and lines are the text's own.
    package static func read(_ file: SourceFile) throws(IngestError) -> (extracted: ExtractedText, truncated: Bool) {
        let book = ExternalTool.operand(file.pathBytes)
        func member(_ name: String) throws(IngestError) -> [UInt8] {
            try ExternalTool.unzip.output([Array("-p".utf8), book, Array(name.utf8)], shownAs: file.relativePath).bytes
        }
        let container = try member("META-INF/container.xml")
        guard let packagePath = attribute("full-path", in: container) else {
            throw .unreadable(path: file.relativePath, reason: "not an EPUB: no package in META-INF/container.xml")
        }
        let package = Package(try member(packagePath))
        let folder = packagePath.lastIndex(of: "/").map { String(packagePath[...$0]) } ?? ""

        var text: [UInt8] = []
        var truncated = false
        for href in package.chapters {
            let bytes = try member(folder + href)
            guard let decoded = try? TextDecoder.decode(bytes, path: file.relativePath) else { continue }
            let chapter = HTMLExtractor.extract(bytes, decoded: decoded).0.text
            guard !TextBytes.isBlank(chapter) else { continue }
            if !text.isEmpty { text += [TextBytes.newline, TextBytes.newline] }
            if text.count + chapter.count > Tuning.maxFileBytes {
                text += chapter.prefix(UTF8Text.completeEnd(chapter, 0..<max(0, Tuning.maxFileBytes - text.count)))
                truncated = true
                break
            }
            text += chapter
        }
        return (ExtractedText(text: text, declaredTitle: package.title, declaredDate: package.date), truncated)
    }

    /// The value of the first `name="…"` in a small XML file (META-INF/container.xml).
    private static func attribute(_ name: String, in bytes: [UInt8]) -> String? {
        let key = Array((name + "=\"").utf8)
        guard let start = bytes.indices.first(where: { bytes[$0...].starts(with: key) }) else { return nil }
        let value = bytes[(start + key.count)...].prefix { $0 != UInt8(ascii: "\"") }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    /// What the package document says: chapters in reading order (paths
    /// relative to it), title and date.
    package struct Package {
        package var chapters: [String] = []
        package var title: String?
        package var date: String?

        package init(_ bytes: [UInt8]) {
            guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return }
            let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_RECOVER.rawValue
            let document = bytes.withUnsafeBufferPointer { memory in
                memory.baseAddress!.withMemoryRebound(to: CChar.self, capacity: memory.count) {
                    xmlReadMemory($0, Int32(memory.count), nil, nil, Int32(options))
                }
            }
            guard let document else { return }
            defer { xmlFreeDoc(document) }
            var manifest: [String: (href: String, type: String)] = [:]
            var spine: [String] = []
            var pending = [xmlDocGetRootElement(document)]
            while let next = pending.popLast() {
                guard let node = next else { continue }
                var child = node.pointee.children
                var children: [xmlNodePtr?] = []
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                pending += children.reversed()
                guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { continue }
                switch String(cString: name) {
                case "item":
                    if let id = Self.property(node, "id"), let href = Self.property(node, "href") {
                        manifest[id] = (href, Self.property(node, "media-type") ?? "")
                    }
                case "itemref":
                    if let id = Self.property(node, "idref") { spine.append(id) }
                case "title" where title == nil:
                    title = Self.content(node)
                case "date" where date == nil:
                    date = Self.content(node)
                default:
                    break
                }
            }
            chapters = spine.compactMap { id in
                guard let item = manifest[id], item.type.contains("html") else { return nil }
                return Self.memberPath(item.href)
            }
        }

        private static func property(_ node: xmlNodePtr, _ name: String) -> String? {
            guard let value = xmlGetProp(node, name) else { return nil }
            // libxml2 allocates with malloc: Passim never calls xmlMemSetup.
            defer { free(value) }
            return String(cString: value)
        }

        private static func content(_ node: xmlNodePtr) -> String? {
            guard let value = xmlNodeGetContent(node) else { return nil }
            defer { free(value) }
            let bytes = Array(String(cString: value).utf8)
            let words = TextBytes.collapsingWhitespace(bytes, bytes.indices)
            return words.isEmpty ? nil : String(decoding: words, as: UTF8.self)
        }

        /// An href as a name in the zip: no fragment, percent-escapes decoded.
        package static func memberPath(_ href: String) -> String {
            let bytes = Array(href.utf8.prefix { $0 != UInt8(ascii: "#") })
            var out: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                   let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                    out.append(value)
                    index += 3
                } else {
                    out.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
