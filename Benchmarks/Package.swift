// swift-tools-version: 6.0
// Benchmarks for StakeMapAnalysis, kept out of the main package. Build in release mode:
//   swift build -c release --package-path Benchmarks --scratch-path .build-analysis-release
// scripts/bench drives it beside networkx, igraph and networkit.
import PackageDescription

let package = Package(
    name: "StakeMapBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "StakeMap", path: "..")],
    targets: [
        .executableTarget(
            name: "stakemap-bench",
            dependencies: [.product(name: "StakeMapAnalysis", package: "StakeMap")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
