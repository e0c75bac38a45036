import FuzzSupport

/// libFuzzer entry point: one input through the GraphML reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let problem = FuzzOracle.check(UnsafeRawBufferPointer(start: start, count: count), fileExtension: "graphml") {
        fatalError(problem)
    }
    return 0
}
