import ArgumentParser

/// grep's context options, for passages: `-B`, `-A`, `-C`; and `-i`, `-n`,
/// which grep users type by habit and which Passim always does anyway.
struct ContextOptions: ParsableArguments {
    @Option(name: .customShort("B"), help: ArgumentHelp("Show N passages of the article before each hit.", valueName: "n"))
    var before: Int?

    @Option(name: .customShort("A"), help: ArgumentHelp("Show N passages of the article after each hit.", valueName: "n"))
    var after: Int?

    @Option(name: .customShort("C"), help: ArgumentHelp("Show N passages before and after each hit.", valueName: "n"))
    var around: Int?

    @Flag(name: [.customShort("i"), .long], help: "Ignore case (always on: words match in any case).")
    var ignoreCase = false

    @Flag(name: [.customShort("n"), .long], help: "Show line numbers (always on: every hit gives its line).")
    var lineNumber = false

    var passagesBefore: Int { before ?? around ?? 0 }
    var passagesAfter: Int { after ?? around ?? 0 }

    func validate() throws {
        for (flag, value) in [("-B", before), ("-A", after), ("-C", around)] {
            if let value, !(0...Self.maximum).contains(value) {
                throw ValidationError("\(flag) takes 0 to \(Self.maximum) passages")
            }
        }
    }

    /// More context than this is the article: `passim show` prints it.
    static let maximum = 50
}
