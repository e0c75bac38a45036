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
    static func loss(omission: AudienceOmission, formatWarned: Bool, sameFormat: Bool) -> OverwriteLoss? {
        if !omission.isEmpty { return .leavesOut(omission) }
        if formatWarned { return .formatCannotHold }
        if !sameFormat { return .anotherFormat }
        if ReadInputs.shared.readerWarned { return .readerWarned }
        return nil
    }
}
