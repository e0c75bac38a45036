import FuzzSupport

/// libFuzzer entry point: one input through the CSV reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let problem = FuzzOracle.check(UnsafeRawBufferPointer(start: start, count: count), fileExtension: "csv") {
        fatalError(problem)
    }
    return 0
}
