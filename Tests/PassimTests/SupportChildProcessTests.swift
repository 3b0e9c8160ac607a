import Testing
@testable import PassimSupport

@Suite("Support: running a program without a shell")
struct SupportChildProcessTests {
    static let hasCoreutils = IngestFixtures.exists("/bin/sh") && IngestFixtures.exists("/usr/bin/yes")

    @Test("its output is collected, and its arguments are not read by a shell",
          .enabled(if: IngestFixtures.exists("/bin/echo")))
    func output() throws {
        let run = try #require(ChildProcess.run("/bin/echo", [Array("$HOME; ls".utf8)], timeoutSeconds: 10, outputLimit: 100))
        #expect(String(decoding: run.stdout, as: UTF8.self) == "$HOME; ls\n")
        #expect(run.succeeded && !run.truncated && !run.timedOut)
    }

    @Test("a program past its time is killed, and says so", .enabled(if: IngestFixtures.exists("/bin/sleep")))
    func timeout() throws {
        let clock = ContinuousClock.now
        let run = try #require(ChildProcess.run("/bin/sleep", [Array("30".utf8)], timeoutSeconds: 0.3, outputLimit: 100))
        #expect(run.timedOut && !run.succeeded)
        #expect(ContinuousClock.now - clock < .seconds(5))
    }

    @Test("output beyond the limit is cut and the program stopped", .enabled(if: hasCoreutils))
    func bounded() throws {
        let run = try #require(ChildProcess.run("/usr/bin/yes", [], timeoutSeconds: 10, outputLimit: 1000))
        #expect(run.stdout.count == 1000 && run.truncated && !run.timedOut)
        #expect(run.succeeded)
    }

    @Test("a failing program's status and first error line are kept; a missing one cannot start",
          .enabled(if: hasCoreutils))
    func failure() throws {
        let run = try #require(ChildProcess.run("/bin/sh", [Array("-c".utf8), Array("echo bad thing >&2; exit 3".utf8)],
                                                timeoutSeconds: 10, outputLimit: 100))
        #expect(run.exitStatus == 3 && !run.succeeded)
        #expect(run.firstErrorLine == "bad thing")
        #expect(ChildProcess.run("/nonexistent/program", [], timeoutSeconds: 1, outputLimit: 10) == nil)
    }
}
