import Foundation
import StakeMap
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files and atomic replacement for `NetworkFileEditor`.
enum EditorFiles {
    /// Writes `text` to a new hidden file in the folder of `path` and returns its path.
    static func temporarySibling(of path: String, text: String) throws(StakeMapError) -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StakeMapError(.unwritable, "cannot write '\(path)': the folder '\(directory.path)' does not exist",
                                hint: "create it first, or choose another path")
        }
        let suffix = "\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max))"
        let stem = url.deletingPathExtension().lastPathComponent
        let temporary = (path as NSString).deletingLastPathComponent
        let name = ".\(stem).\(suffix).edit.\(url.pathExtension.isEmpty ? "yaml" : url.pathExtension)"
        let full = temporary.isEmpty ? name : (temporary as NSString).appendingPathComponent(name)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: full), options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(atPath: full)
            throw StakeMapError(.unwritable, "cannot write beside '\(path)': \(error.localizedDescription)")
        }
        return full
    }

    /// Writes `text` to `path` atomically: a temporary sibling renamed over it.
    static func writeAtomically(_ text: String, to path: String) throws(StakeMapError) {
        let temporary = try temporarySibling(of: path, text: text)
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path), let mode = attributes[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw StakeMapError(.unwritable, "cannot write '\(path)': \(reason)")
        }
    }

    /// `error` with the temporary files' names replaced by the real ones (in locations and messages).
    static func renamingFiles(in error: StakeMapError, _ renames: [String: String]) -> StakeMapError {
        var result = error
        result.diagnostics = error.diagnostics.map { diagnostic in
            var copy = diagnostic
            if let location = copy.location, let real = renames[location.file] { copy.location?.file = real }
            for (temporary, real) in renames {
                copy.message = copy.message.replacingOccurrences(of: temporary, with: real)
                copy.hint = copy.hint?.replacingOccurrences(of: temporary, with: real)
                let base = (temporary as NSString).lastPathComponent, realBase = (real as NSString).lastPathComponent
                copy.message = copy.message.replacingOccurrences(of: base, with: realBase)
            }
            return copy
        }
        return result
    }
}

/// Points one include of a root file's text at another file (the checked copy of an included file).
enum IncludeRedirect {
    /// The root text with the include that resolves to `include` replaced by `replacement`'s path
    /// relative to the root's folder; nil when no include of the root names `include`.
    static func rootText(_ text: String, root: String, include: String, to replacement: String) -> String? {
        let rootDirectory = (root as NSString).deletingLastPathComponent
        let wanted = canonical(include)
        var lines = SectionAppender.lines(of: text)
        var inIncludes = false
        for index in lines.indices {
            let content = SectionAppender.content(of: lines[index])
            if let key = SectionAppender.topLevelKey(of: lines[index]) { inIncludes = key == "include" }
            guard inIncludes else { continue }
            for token in tokens(in: content) {
                let resolved = token.hasPrefix("/") ? token
                    : ((rootDirectory.isEmpty ? "." : rootDirectory) as NSString).appendingPathComponent(token)
                guard canonical(resolved) == wanted else { continue }
                let directory = (token as NSString).deletingLastPathComponent
                let name = (replacement as NSString).lastPathComponent
                let newToken = directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
                lines[index] = Substring(String(lines[index]).replacingOccurrences(of: token, with: newToken))
                return lines.joined()
            }
        }
        return nil
    }

    /// The path-like words of an include line (`include: [a.yaml, "b.yaml"]`, `  - c.yaml`).
    private static func tokens(in line: Substring) -> [String] {
        var body = line
        if let colon = body.firstIndex(of: ":"), body.hasPrefix("include") { body = body[body.index(after: colon)...] }
        if let hash = body.range(of: " #") { body = body[..<hash.lowerBound] }
        let separators = CharacterSet(charactersIn: "[],\"'").union(.whitespaces)
        return body.components(separatedBy: separators).filter { !$0.isEmpty && $0 != "-" }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
