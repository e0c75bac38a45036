import Foundation

/// Raw writes to the standard streams.
enum FileHandleStream {
    /// Writes text to standard error, unbuffered.
    static func writeToStandardError(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
