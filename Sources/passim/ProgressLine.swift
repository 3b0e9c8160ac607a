import PassimIndex
import PassimOutput

/// A single updating line on a terminal: files, megabytes, rate, time left.
struct ProgressLine {
    let console: Console
    private var started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?

    init(console: Console) { self.console = console }

    mutating func update(_ p: IndexProgress) {
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), p.filesDone < p.filesTotal { return }
        lastDrawn = now
        let secondsSoFar = (now - started).seconds
        let mbDone = Double(p.bytesDone) / 1_048_576, mbTotal = Double(p.bytesTotal) / 1_048_576
        let rate = secondsSoFar > 0 ? mbDone / secondsSoFar : 0
        var line = "indexing \(grouped(p.filesDone))/\(grouped(p.filesTotal)) files  \(rounded(mbDone))/\(rounded(mbTotal)) MB"
        if rate > 0 {
            line += "  \(rounded(rate)) MB/s  ETA \(seconds((mbTotal - mbDone) / rate))"
        }
        console.progress(line)
    }

    func clear() { console.clearProgress() }
}
