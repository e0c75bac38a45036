// swift-tools-version: 6.0
// libFuzzer targets for every StakeMap reader. Built and run by scripts/fuzz (which links the
// parent package as .build/fuzz-link/StakeMap so that its identity is "stakemap" in any checkout):
//   swift build -c release -Xswiftc -sanitize=fuzzer,address
// Each target's main starts libFuzzer through LLVMFuzzerRunDriver (CFuzzDriver), because SwiftPM
// links an executable's `main` to its own entry point rather than to libFuzzer's.
import PackageDescription

let readers = ["YAML", "JSON", "GraphML", "GEXF", "Kumu", "CSV"]

let package = Package(
    name: "StakeMapFuzz",
    dependencies: [.package(path: "../.build/fuzz-link/StakeMap")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "StakeMapFormats", package: "StakeMap")]),
    ] + readers.map { reader in
        .executableTarget(name: "Fuzz\(reader)", dependencies: ["FuzzSupport"], path: "Sources/Fuzz\(reader)")
    },
    swiftLanguageModes: [.v6]
)
