import FuzzSupport

/// libFuzzer entry point: one input through the JSON reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let problem = FuzzOracle.check(UnsafeRawBufferPointer(start: start, count: count), fileExtension: "json") {
        fatalError(problem)
    }
    return 0
}
