import Foundation
import Testing

/// The command allocates through mimalloc (Package.swift, docs/PERFORMANCE.md "Sixth pass"):
/// Graphviz's layouts allocate millions of small blocks, and maps come out sooner with it.
@Suite("Allocator")
struct AllocatorTests {
    @Test("the stakemap command runs on mimalloc")
    func mimalloc() throws {
        let scratch = Scratch()
        // mimalloc says what it is doing on standard error when asked to be verbose.
        let result = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", scratch.path("map.svg")],
                                            environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("mimalloc: process init"), "\(result.stderr.prefix(400))")
    }

    @Test("mimalloc is linked ahead of the C library, so it serves Graphviz and its plugins too")
    func linkedAheadOfLibc() throws {
        guard let text = try StakeMapBinary.readelf(["--dynamic"]) else { return }
        // The dynamic linker looks a symbol up in this order: the first library defining
        // malloc serves every library's calls.
        let needed = text.split(separator: "\n").compactMap { line in line.firstMatch(of: /\(NEEDED\).*\[(.+)\]/).map { String($0.output.1) } }
        let allocator = needed.firstIndex { $0.hasPrefix("libmimalloc.so") }
        let libc = needed.firstIndex { $0.hasPrefix("libc.so") }
        #expect(allocator != nil && libc != nil, "\(needed)")
        if let allocator, let libc { #expect(allocator < libc, "\(needed)") }
    }
}
