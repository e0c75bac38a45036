// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "StakeMap",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "StakeMap", targets: ["StakeMap"]),
        .library(name: "StakeMapAnalysis", targets: ["StakeMapAnalysis"]),
        .library(name: "StakeMapRender", targets: ["StakeMapRender"]),
        .library(name: "StakeMapFormats", targets: ["StakeMapFormats"]),
        .library(name: "StakeMapText", targets: ["StakeMapText"]),
        .library(name: "StakeMapReport", targets: ["StakeMapReport"]),
        .executable(name: "stakemap", targets: ["stakemap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CFontconfig",
            pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Graphviz's coordinates printed without snprintf, the same bytes (docs/PERFORMANCE.md,
        // "Seventh pass"): the number writer, and its use as libgvc's `gvprintdouble` in the
        // stakemap command only.
        .target(name: "CGraphvizNumber", linkerSettings: [.linkedLibrary("m")]),
        .target(name: "CGraphvizWriter", dependencies: ["CGraphvizNumber"]),
        .target(
            name: "StakeMap",
            dependencies: [.product(name: "Yams", package: "Yams"), "CLibYAML"]
        ),
        .target(
            name: "StakeMapAnalysis",
            dependencies: ["StakeMap", .product(name: "HeapModule", package: "swift-collections")]
        ),
        .target(
            name: "StakeMapRender",
            dependencies: ["StakeMap", "CGraphviz", "CFontconfig"]
        ),
        .target(
            name: "StakeMapFormats",
            dependencies: ["StakeMap", "CLibXML2", .product(name: "CSV", package: "CSV.swift"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "StakeMapText",
            dependencies: ["StakeMap", "StakeMapAnalysis", "StakeMapRender", "StakeMapFormats"]
        ),
        .target(
            name: "StakeMapReport",
            dependencies: ["StakeMapAnalysis", "StakeMapRender", "StakeMapFormats", "StakeMapText", .product(name: "Plot", package: "Plot")]
        ),
        .executableTarget(
            name: "stakemap",
            dependencies: [
                "StakeMap", "StakeMapAnalysis", "StakeMapRender", "StakeMapFormats", "StakeMapText", "StakeMapReport",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "CGraphvizWriter",
            ],
            // The command allocates through mimalloc (Debian's libmimalloc-dev) instead of glibc's
            // malloc: Graphviz's layouts allocate and free millions of small blocks (sfdp's
            // quadtrees, the triangulation of overlap removal), and maps with links are drawn
            // 13–19% sooner, byte for byte the same (docs/PERFORMANCE.md, "Sixth pass"). Linked
            // ahead of the C library, it serves every allocation of the process, Graphviz's plugins
            // included. The libraries leave the allocator to the program that uses them.
            //
            // Its `gvprintdouble` (CGraphvizWriter) is exported so that the dynamic linker binds
            // Graphviz's writer plugins to it ahead of libgvc's.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux])),
                             .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=gvprintdouble"], .when(platforms: [.linux]))]
        ),
        .testTarget(name: "StakeMapTests", dependencies: ["StakeMap", .product(name: "Yams", package: "Yams")], resources: [.copy("Fixtures")]),
        .testTarget(name: "StakeMapAnalysisTests", dependencies: ["StakeMapAnalysis", "StakeMapFormats"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StakeMapRenderTests", dependencies: ["StakeMapRender", "CGraphvizNumber"]),
        .testTarget(name: "StakeMapFormatsTests", dependencies: ["StakeMapFormats"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StakeMapTextTests", dependencies: ["StakeMapText"]),
        .testTarget(name: "StakeMapReportTests", dependencies: ["StakeMapReport"]),
        .testTarget(name: "StakeMapCLITests", dependencies: ["StakeMap"]),
    ],
    swiftLanguageModes: [.v6]
)
