import Foundation

/// The real clients of the exports (networkx, igraph, FalkorDB, icalendar), driven through
/// `scripts/interop-clients.py`, one Python process per check.
enum InteropClients {
    /// The networks every check runs on: the three real ones and the tricky one, relative to the repository.
    static let networks = ["graphs/libya-wps.yaml", "graphs/yemen-marib.yaml", "graphs/wps-all.yaml",
                           "Tests/StakeMapFormatsTests/Fixtures/tricky.yaml"]

    /// A short name for a network path (`libya-wps`).
    static func stem(_ network: String) -> String {
        ((network as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Runs `interop-clients.py COMMAND ARGUMENTS` and decodes its JSON; nil when python3 or one of
    /// `modules` is missing (the caller prints the skip).
    static func run(_ command: String, _ arguments: [String], modules: [String]) throws -> [String: Any]? {
        let script = StakeMapBinary.repository.appendingPathComponent("scripts/interop-clients.py").path
        guard try execute(["python3", script, "check"] + modules).status == 0 else { return nil }
        let result = try execute(["python3", script, command] + arguments)
        guard result.status == 0 else { throw ClientFailure(message: "\(command) failed (\(result.status)): \(result.output)") }
        let line = result.output.split(separator: "\n").last.map(String.init) ?? ""
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw ClientFailure(message: "\(command) printed no JSON object: \(result.output)")
        }
        return object
    }

    /// A client that ran and failed.
    struct ClientFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private static func execute(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return (127, "\(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return (process.terminationStatus, process.terminationStatus == 0 ? text : text + String(decoding: errorData, as: UTF8.self))
    }
}
