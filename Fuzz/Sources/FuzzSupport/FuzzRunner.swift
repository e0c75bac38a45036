import CFuzzDriver
import Foundation

/// Starts libFuzzer on one reader: the entry point of every fuzz target.
public enum FuzzRunner {
    /// The file extension that picks the reader for this process (set once, before fuzzing).
    nonisolated(unsafe) private static var fileExtension = ""

    /// Runs libFuzzer with the process's arguments, each input read as a `.ext` file.
    /// - Returns: libFuzzer's exit status.
    public static func run(fileExtension ext: String) -> Int32 {
        fileExtension = ext
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv) { data, count in
            let bytes = UnsafeRawBufferPointer(start: data, count: count)
            if let problem = FuzzOracle.check(bytes, fileExtension: FuzzRunner.fileExtension) {
                fatalError(problem)
            }
            return 0
        }
    }
}
