import ArgumentParser

/// `--dated` and `--undated`, shared by `search` and `timeline`.
struct DatedFilterOptions: ParsableArguments {
    @Flag(help: "Only articles that state their date (leave out those dated by their file's time).")
    var dated = false

    @Flag(help: "Only articles that state no date (dated by their file's time).")
    var undated = false

    func validate() throws {
        if dated && undated { throw ValidationError("choose one of --dated and --undated") }
    }

    /// true for --dated, false for --undated, nil for neither.
    var stated: Bool? { dated ? true : undated ? false : nil }
}
