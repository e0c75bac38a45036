import Foundation
import StakeMap

/// Output helpers of `convert`.
enum ConvertOutput {
    /// Creates the output folder (and its parents) for a two-file format written into a folder.
    static func createFolder(_ path: String) throws(StakeMapError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw StakeMapError(.unwritable, "cannot create the folder '\(path)': \(error.localizedDescription)")
        }
    }
}
