import FuzzSupport

/// libFuzzer entry point: one input through the YAML reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let problem = FuzzOracle.check(UnsafeRawBufferPointer(start: start, count: count), fileExtension: "yaml") {
        fatalError(problem)
    }
    return 0
}
