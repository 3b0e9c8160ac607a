// swift-tools-version: 6.0
import PackageDescription

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
        // The pipeline: Ingest → Passages → Index → Search → Output.
        .target(name: "PassimCore", dependencies: ["Xapian", "CLibXML2"]),
        // The command line.
        .executableTarget(
            name: "passim",
            dependencies: [
                "PassimCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the statistical name tagger on CoNLL-2003 (data/tagger/).
        .executableTarget(
            name: "passim-train-tagger",
            dependencies: [
                "PassimCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes man/passim.1 from passim's command definitions (scripts/generate-shell-files).
        .executableTarget(name: "passim-manual"),
        // Feeds arbitrary bytes through ingest, passages and search: under
        // libFuzzer (scripts/fuzz), or replaying saved inputs.
        .executableTarget(name: "passim-fuzz", dependencies: ["PassimCore"]),
        .testTarget(name: "XapianTests", dependencies: ["Xapian"]),
        .testTarget(name: "PassimCoreTests", dependencies: ["PassimCore"]),
        .testTarget(name: "PassimEndToEndTests", dependencies: ["PassimCore", "Xapian"]),
    ],
    cxxLanguageStandard: .cxx17
)
