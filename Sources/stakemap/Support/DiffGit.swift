import Foundation
import StakeMap

/// Runs `git` in a working directory through `Process` (arguments passed as they are, no shell).
struct GitRepository {
    /// The directory git runs in.
    let directory: String

    /// `path` (relative to the working directory) as a path from the repository root.
    func repositoryPath(of path: String) throws(StakeMapError) -> String {
        let prefix = String(decoding: try run(["rev-parse", "--show-prefix"], what: "find the git repository"), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let joined = prefix.isEmpty ? path : (prefix as NSString).appendingPathComponent(path)
        var parts: [String] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else {
                    throw StakeMapError(.badArgument, "'\(path)' is outside the git repository")
                }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The standard output of `git ARGUMENTS`; a failure is an error quoting git's message.
    func run(_ arguments: [String], what: String) throws(StakeMapError) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw StakeMapError(.environment, "cannot run git to \(what): \(error.localizedDescription)", hint: "install git")
        }
        // Errors are read on another thread so that neither pipe can fill and stall git.
        let errorData = ErrorCollector()
        let reader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: errorData.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            throw StakeMapError(.badArgument, "cannot \(what): git says: \(message.isEmpty ? "exit status \(process.terminationStatus)" : message)")
        }
        return data
    }
}

/// Data handed from the thread that drains git's standard error.
private final class ErrorCollector: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock()
        data = value
        condition.signal()
        condition.unlock()
    }

    func wait() -> Data {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return data ?? Data()
    }
}
