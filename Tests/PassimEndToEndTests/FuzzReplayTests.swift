import Foundation
import Testing

@Suite struct FuzzReplayTests {
    @Test func everySavedFuzzInputRunsCleanly() throws {
        let replay = URL(fileURLWithPath: passimBinary).deletingLastPathComponent().appendingPathComponent("passim-fuzz")
        let folders = ["fuzz/corpus", "fuzz/regressions", "seeds"].map { packageRoot.appendingPathComponent($0) }
        let inputs = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { !$0.hasPrefix(".") }
                .map { folder.appendingPathComponent($0).path }
        }
        #expect(inputs.count >= 7)
        let run = try runCommand([replay.path] + inputs, in: packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
    }
}
