#if canImport(Glibc)
import Glibc
import PassimEntities
import PassimIndex
import PassimText
#endif

/// One input, every way Passim may meet it: as a text, Markdown, HTML, reStructuredText
/// and Org article and as pdftotext's output (decode, extract, title, date, passages,
/// entity mentions), and as a query. Errors
/// are expected; crashes, hangs and leaks are what the fuzzer looks for.
enum FuzzInput {
    static func exercise(_ bytes: [UInt8]) {
        for format in [SourceFormat.text, .markdown, .html, .restructuredText, .org, .pdf] {
            guard let content = try? ArticleReader.extract(bytes, format: format, path: "fuzz", baseName: "fuzz") else {
                continue
            }
            let passages = PassageBuilder.passages(of: content.extracted)
            var article = recognizer?.article()
            for passage in passages {
                precondition(passage.textRange.upperBound <= content.extracted.text.count, "passage beyond the text")
                precondition(passage.line >= 1, "line before the first")
                let text = Array(content.extracted.text[passage.textRange])
                for mention in article?.mentions(in: text) ?? [] {
                    precondition(!mention.range.isEmpty && mention.range.upperBound <= text.count, "mention beyond the passage")
                }
            }
        }
        if bytes.count < 4096, let searcher = sampleIndex {
            var request = SearchRequest(query: String(decoding: bytes, as: UTF8.self))
            request.limit = 3
            _ = try? searcher.search(request)
        }
    }

    /// The entity recogniser over the repository's data, when it can be found.
    static let recognizer: EntityRecognizer? = try? EntityRecognizer(data: EntityData.locate())

    /// A small index of the seed-like text, made once, for query inputs.
    nonisolated(unsafe) static let sampleIndex: Searcher? = {
        var template = Array("/tmp/passim-fuzz-XXXXXX".utf8CString)
        guard let folder = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }).map({ String(cString: $0) })
        else { return nil }
        let text = """
            North Korea sent ballistic missiles to Russia.

            Mr Budanov says shipments have reached 2.8m shells a year; drones from Iran & "others" <too>.
            """
        let fd = open(folder + "/a.txt", O_WRONLY | O_CREAT, 0o644)
        _ = text.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        guard (try? Indexer(corpus: folder).run()) != nil else { return nil }
        return try? Searcher(indexPath: folder + "/.passim")
    }()
}
