import Foundation

/// Runs the real `stakemap` binary built beside the test bundle.
enum StakeMapBinary {
    /// The result of one run.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var url: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].map { $0.appendingPathComponent("stakemap") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `stakemap ARGUMENTS` in the repository root, with `environment` added to this
    /// process's environment.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        process.currentDirectoryURL = repository
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// What `readelf ARGUMENTS` says of the binary, or nil (with a line saying the test is
    /// skipped) when there is no binary or binutils' readelf is not installed.
    static func readelf(_ arguments: [String]) throws -> String? {
        guard let url, FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf") else {
            print("skipped: readelf (binutils) is not installed")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
        process.arguments = arguments + [url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }
}

/// A temporary folder removed when released.
final class Scratch {
    let directory: URL
    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: directory) }
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        try? text.write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }
}
