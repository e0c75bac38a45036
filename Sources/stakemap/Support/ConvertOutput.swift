import Foundation
import StakeMapFormats

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

    /// What writing the converted network over its input would lose, or nil when nothing.
    static func loss(omission: AudienceOmission, formatWarned: Bool, sameFormat: Bool) -> String? {
        if !omission.isEmpty {
            return "leaves out \(omission.counts) (--audience \(omission.keepingAudience.rawValue) keeps them)"
        }
        if formatWarned { return "cannot hold everything it holds (see the warning above)" }
        if !sameFormat { return "is in another format" }
        if ReadInputs.shared.readerWarned { return "may not hold everything it holds (see the reader's warnings above)" }
        return nil
    }
}
