import Foundation
import StakeMapFormats

/// Paths of the committed fixtures and of scratch files written by a test.
enum ForeignFiles {
    /// The path of a committed fixture.
    static func fixture(_ name: String) -> String {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is not in the test bundle")
        }
        return folder.appendingPathComponent(name).path
    }

    /// A new empty folder for one test.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("stakemap-formats-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `bytes` to a new file named `name` in its own scratch folder; returns its path.
    static func write(_ bytes: Data, named name: String) throws -> String {
        let url = try scratchFolder().appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }

    /// Writes UTF-8 `text` to a new file named `name`; returns its path.
    static func write(_ text: String, named name: String) throws -> String {
        try write(Data(text.utf8), named: name)
    }

    /// The error thrown by `body`, or nil when it succeeded.
    static func error(_ body: () throws(StakeMapError) -> LoadedGraph) -> StakeMapError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }
}
