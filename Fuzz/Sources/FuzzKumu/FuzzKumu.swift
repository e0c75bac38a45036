import FuzzSupport

/// libFuzzer entry point: one input through the Kumu reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKumu(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let problem = FuzzOracle.check(UnsafeRawBufferPointer(start: start, count: count), fileExtension: "kumu.json") {
        fatalError(problem)
    }
    return 0
}
