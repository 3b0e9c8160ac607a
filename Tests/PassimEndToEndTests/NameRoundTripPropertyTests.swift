import Foundation
import Testing
import PassimSupport

/// Random file names (any bytes but NUL and '/': invalid UTF-8, newlines, ESC,
/// spaces) with random mtimes (far past, far future) go through `index` and
/// come back as the exact bytes from `search -0` and from `--json`
/// (`path_bytes` when the name is not UTF-8). Seeded; the seed is in every
/// failure message, and PASSIM_PROPERTY_SEED replays one.
@Suite struct NameRoundTripPropertyTests {
    @Test func randomNamesAndMtimesComeBackAsTheExactBytes() throws {
        let seed = ProcessInfo.processInfo.environment["PASSIM_PROPERTY_SEED"].flatMap(UInt64.init) ?? 0x5EED_2026
        var random = SplitMix(seed: seed)
        let corpus = try Corpus(copyingSeeds: false)
        var written = Set<[UInt8]>()
        while written.count < 40 {
            var path = random.name()
            if random.next() % 4 == 0 { path = random.name(suffix: false) + [0x2f] + path }
            guard !written.contains(path), !written.contains(where: { $0.starts(with: path + [0x2f]) || path.starts(with: $0 + [0x2f]) }) else { continue }
            try write(path, in: corpus.url, mtime: random.mtime())
            written.insert(path)
        }
        let index = try passim(["index", ".", "-q"], in: corpus.url)
        #expect(index.status == 0, "seed \(seed): \(index.stderr)")

        let listed = try rawOutput(["search", "quartermaster", "--files", "-0", "--limit", "1000"], in: corpus.url)
        let nulPaths = Set(listed.split(separator: 0, omittingEmptySubsequences: true).map(Array.init))
        #expect(nulPaths.symmetricDifference(written).isEmpty, "seed \(seed): -0 lost \(describe(written.subtracting(nulPaths))), added \(describe(nulPaths.subtracting(written)))")

        let json = try rawOutput(["search", "quartermaster", "--json", "--limit", "1000"], in: corpus.url)
        var jsonPaths = Set<[UInt8]>()
        for line in json.split(separator: 0x0a) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], "seed \(seed)")
            if let encoded = object["path_bytes"] as? String {
                jsonPaths.insert(Array(try #require(Data(base64Encoded: encoded), "seed \(seed): path_bytes \(encoded)")))
            } else {
                let path = try #require(object["path"] as? String, "seed \(seed)")
                jsonPaths.insert(Array(path.utf8))
            }
        }
        #expect(jsonPaths.symmetricDifference(written).isEmpty, "seed \(seed): --json lost \(describe(written.subtracting(jsonPaths))), added \(describe(jsonPaths.subtracting(written)))")
    }

    /// Creates the file (and its folder) by its bytes, bypassing Foundation's
    /// UTF-8 paths, and sets its mtime.
    private func write(_ relative: [UInt8], in folder: URL, mtime: Int) throws {
        let base = Array(folder.path.utf8)
        if let slash = relative.firstIndex(of: 0x2f) {
            let directory = base + [0x2f] + relative[..<slash]
            let made = (directory + [0]).withUnsafeBufferPointer { mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755) }
            #expect(made == 0 || errno == EEXIST)
        }
        let full = base + [0x2f] + relative + [0]
        try full.withUnsafeBufferPointer { buffer in
            let cPath = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            let fd = open(cPath, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            let text = Array("Supply report\n\nThe quartermaster counted the shells at the depot.\n".utf8)
            _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            close(fd)
            var times = [timespec(tv_sec: mtime, tv_nsec: 0), timespec(tv_sec: mtime, tv_nsec: 0)]
            if utimensat(AT_FDCWD, cPath, &times, 0) != 0 {
                // A filesystem that cannot hold the time: the nearest it can.
                times = [timespec(tv_sec: min(max(mtime, -(1 << 31)), (1 << 31) - 1), tv_nsec: 0)] + [timespec(tv_sec: min(max(mtime, -(1 << 31)), (1 << 31) - 1), tv_nsec: 0)]
                _ = utimensat(AT_FDCWD, cPath, &times, 0)
            }
        }
    }

    /// passim's stdout as bytes, undecoded.
    private func rawOutput(_ arguments: [String], in directory: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: passimBinary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PASSIM_INDEX"] = nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    private func describe(_ paths: Set<[UInt8]>) -> String {
        paths.map { "[" + $0.map { String(format: "%02x", $0) }.joined(separator: " ") + "]" }.sorted().joined(separator: ", ")
    }
}

/// Random names and file times for the round trip.
private extension SplitMix {

    /// A name of 1–40 bytes, none NUL or '/', not hidden; with ".txt" so it
    /// is an article.
    mutating func name(suffix: Bool = true) -> [UInt8] {
        let awkward: [UInt8] = [0x0a, 0x0d, 0x1b, 0x20, 0x09, 0x7f, 0x80, 0xc3, 0xff, 0xfe, 0xed, 0xa0, 0x5c, 0x22, 0x27, 0x2a]
        var bytes: [UInt8] = []
        for _ in 0..<(1 + Int(next() % 40)) {
            var byte: UInt8
            repeat {
                byte = next() % 3 == 0 ? awkward[Int(next() % UInt64(awkward.count))] : UInt8(truncatingIfNeeded: next())
            } while byte == 0 || byte == 0x2f
            bytes.append(byte)
        }
        if bytes[0] == 0x2e { bytes[0] = 0x5f }
        return suffix ? bytes + Array(".txt".utf8) : bytes
    }

    /// Seconds since 1970: the epoch, around it, before 1900, after 2262
    /// (past a nanosecond Int64), or anywhere in ±3,000 years.
    mutating func mtime() -> Int {
        let fixed = [0, -1, 1, -2_208_988_800, -62_135_596_800, 9_223_372_037, 32_503_680_000, 253_402_300_799]
        if next() % 2 == 0 { return fixed[Int(next() % UInt64(fixed.count))] }
        return Int(Int64(bitPattern: next()) % 95_000_000_000)
    }
}
