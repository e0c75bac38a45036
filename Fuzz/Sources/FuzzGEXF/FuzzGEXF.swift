import FuzzSupport

/// libFuzzer entry point: one input through the GEXF reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGEXF(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let problem = FuzzOracle.check(UnsafeRawBufferPointer(start: start, count: count), fileExtension: "gexf") {
        fatalError(problem)
    }
    return 0
}
