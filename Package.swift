// swift-tools-version: 6.0
import PackageDescription

// The pipeline, one target per layer; a layer imports only those above it in this list:
// PassimSupport ← PassimText ← PassimEntities ← PassimIndex ← PassimOutput ← passim.
let package = Package(
    name: "passim",
    products: [
        .executable(name: "passim", targets: ["passim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C over Xapian 1.4 (Debian's libxapian-dev); no C++ exception crosses it.
        .target(
            name: "CXapianShim",
            path: "CXapianShim",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        // libxml2's HTML parser (Debian's libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Safe Swift types over the shim: thrown errors, freeing in deinit.
        .target(name: "Xapian", dependencies: ["CXapianShim"]),
        // Starting a child that dies with its parent (fork, prctl, exec), which posix_spawn cannot.
        .target(name: "CProcess", path: "Sources/CProcess"),
        // File system, processes, threads, the parallel pipeline, the clock, the tunable numbers.
        .target(name: "PassimSupport", dependencies: ["CProcess"]),
        // Ingest (walk, decode, extract text, title, date) and passages (paragraphs, sentences, windows).
        .target(name: "PassimText", dependencies: ["PassimSupport", "CLibXML2"]),
        // The gazetteer, the statistical tagger and the rules that find actors, weapons and places.
        .target(name: "PassimEntities", dependencies: ["PassimSupport", "PassimText"]),
        // The index: Store (schema, records, layout), Write (the run), Read (search), Check.
        .target(name: "PassimIndex", dependencies: ["PassimSupport", "PassimText", "PassimEntities", "Xapian"]),
        // Printers, diagnostics, the progress line, the pager and the terminal.
        .target(name: "PassimOutput", dependencies: ["PassimSupport", "PassimText", "PassimEntities", "PassimIndex"]),
        // The command line.
        .executableTarget(
            name: "passim",
            dependencies: [
                "PassimSupport", "PassimText", "PassimEntities", "PassimIndex", "PassimOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the statistical name tagger on CoNLL-2003 (data/tagger/).
        .executableTarget(
            name: "passim-train-tagger",
            dependencies: [
                "PassimSupport", "PassimText", "PassimEntities", "PassimOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes man/passim.1 from passim's command definitions (scripts/generate-shell-files).
        .executableTarget(name: "passim-manual"),
        // Feeds arbitrary bytes through ingest, passages and search: under
        // libFuzzer (scripts/fuzz), or replaying saved inputs.
        .executableTarget(name: "passim-fuzz", dependencies: ["PassimSupport", "PassimText", "PassimEntities", "PassimIndex", "PassimOutput"]),
        .testTarget(name: "XapianTests", dependencies: ["Xapian"]),
        .testTarget(name: "PassimTests", dependencies: [
            "PassimSupport", "PassimText", "PassimEntities", "PassimIndex", "PassimOutput", "passim-train-tagger",
            "passim",
        ]),
        .testTarget(name: "PassimEndToEndTests", dependencies: ["PassimSupport", "PassimIndex", "Xapian"]),
    ],
    cxxLanguageStandard: .cxx17
)
