import ArgumentParser
import PassimIndex
import PassimOutput
import PassimSupport

/// What `index`, `watch` and `retag` share around a run that writes the index:
/// a progress line on stderr, drawn only on a terminal and without --quiet,
/// cleared before anything else is said; and exit status 130 after Ctrl-C.
final class IndexWriteRun {
    let console: Console
    /// The progress line is drawn.
    let live: Bool
    private var line: ProgressLine

    init(quiet: Bool, console: Console = .standard) {
        self.console = console
        live = !quiet && Terminal.isTerminal(2)
        line = ProgressLine(console: console)
    }

    /// Draws an indexing run's progress.
    func update(_ progress: IndexProgress) { if live { line.update(progress) } }

    /// The progress callback of an indexing run: nil when nothing is drawn,
    /// so the run does not count for nobody.
    var indexProgress: ((IndexProgress) -> Void)? { live ? { self.update($0) } : nil }

    /// Draws `text` as the progress line.
    func show(_ text: String) { if live { console.progress(text) } }

    func clear() { if live { line.clear() } }

    /// Runs `work` and clears the progress line after it; a run stopped by
    /// Ctrl-C before it wrote anything is told so, with exit status 130.
    func run<Summary>(_ work: () throws(PassimError) -> Summary) throws -> Summary {
        let result = Result(catching: work)
        clear()
        if case .failure(.interrupted) = result {
            console.note("interrupted before anything was written")
            throw ExitCode(130)
        }
        return try result.get()
    }

    /// Exit status 130 with `message` (what to run to finish) when the run
    /// was cut short; what it did is committed.
    func stopIfInterrupted(_ interrupted: Bool, _ message: String) throws {
        guard interrupted else { return }
        console.note(message)
        throw ExitCode(130)
    }
}
