import PassimSupport

/// A program Passim runs to read a format it cannot read itself, found on
/// $PATH and run without a shell.
package struct ExternalTool: Sendable, Hashable {
    package let name: String
    /// The Debian package that provides it, for the message when it is missing.
    package let package: String

    package static let pdftotext = ExternalTool(name: "pdftotext", package: "poppler-utils")
    package static let unzip = ExternalTool(name: "unzip", package: "unzip")

    /// The program's path, or nil when it is not on $PATH.
    package var path: String? { ProgramPath.find(name) }

    /// Runs the tool on the file at `path` (shown as `shownAs` in errors):
    /// its standard output, at most `Tuning.maxFileBytes` of it, and whether
    /// it was cut there.
    package func output(_ arguments: [[UInt8]], shownAs: String) throws(IngestError) -> (bytes: [UInt8], truncated: Bool) {
        guard let executable = path else { throw .toolMissing(path: shownAs, tool: name, package: package) }
        guard let run = ChildProcess.run(executable, arguments, timeoutSeconds: Tuning.toolSeconds,
                                         outputLimit: Tuning.maxFileBytes) else {
            throw .toolFailed(path: shownAs, tool: name, reason: "could not be started (\(POSIXPath.errorText()))")
        }
        if run.timedOut {
            throw .toolFailed(path: shownAs, tool: name, reason: "took longer than \(Int(Tuning.toolSeconds)) s and was stopped")
        }
        guard run.succeeded else {
            let why = run.firstErrorLine.isEmpty ? run.exitStatus.map { "exit status \($0)" } ?? "killed by a signal"
                : IngestError.oneLine(run.firstErrorLine)
            throw .toolFailed(path: shownAs, tool: name, reason: why)
        }
        return (run.stdout, run.truncated)
    }

    /// A path the tool cannot take for an option (one starting with "-").
    package static func operand(_ path: [UInt8]) -> [UInt8] {
        path.first == UInt8(ascii: "/") ? path : Array("./".utf8) + path
    }
}
