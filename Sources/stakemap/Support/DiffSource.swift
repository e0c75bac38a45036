import Foundation
import StakeMapFormats

/// One side of `diff`: a file on disk, or `git:REV:PATH` — the file as it was at a revision.
///
/// A revision's file is read with `git show REV:PATH` (run through `Process`, no shell) into a
/// temporary folder that mirrors the repository; a native file's includes are extracted from the
/// same revision, as the reader asks for them, so they resolve as they did then. Diagnostics
/// name `REV:PATH`, not the temporary copy.
struct DiffSource {
    /// The argument as given.
    let argument: String

    /// Whether the argument names a git revision.
    var isRevision: Bool { argument.hasPrefix("git:") }

    /// The network with its warnings.
    func load() throws(StakeMapError) -> LoadedGraph {
        guard isRevision else { return try GraphLoader.load(path: argument) }
        let body = argument.dropFirst(4)
        guard let colon = body.firstIndex(of: ":"), colon != body.startIndex, body.index(after: colon) != body.endIndex else {
            throw StakeMapError(.badArgument, "'\(argument)' is not git:REVISION:PATH", hint: "e.g. git:HEAD~3:graphs/libya-wps.yaml")
        }
        let revision = String(body[..<colon])
        let path = String(body[body.index(after: colon)...])
        let git = GitRepository(directory: FileManager.default.currentDirectoryPath)
        let repositoryPath = try git.repositoryPath(of: path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let extraction = GitExtraction(git: git, revision: revision, folder: folder.path)
        let local = try extraction.extract(repositoryPath)
        do {
            return try extraction.loadFollowingIncludes(local)
        } catch {
            throw extraction.relabel(error)
        }
    }
}

/// Files of one revision copied into a folder, for the readers.
struct GitExtraction {
    let git: GitRepository
    let revision: String
    let folder: String

    /// Copies `repositoryPath` at the revision into the folder; returns its local path.
    func extract(_ repositoryPath: String) throws(StakeMapError) -> String {
        let data = try git.run(["show", "\(revision):\(repositoryPath)"], what: "read '\(repositoryPath)' at \(revision)")
        let local = (folder as NSString).appendingPathComponent(repositoryPath)
        do {
            try FileManager.default.createDirectory(atPath: (local as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: local))
        } catch {
            throw StakeMapError(.unwritable, "cannot write a temporary copy of '\(repositoryPath)': \(error.localizedDescription)")
        }
        return local
    }

    /// Loads `local`, extracting each include the reader cannot find from the same revision
    /// (at most 1,000 files), until it loads or fails for another reason.
    func loadFollowingIncludes(_ local: String) throws(StakeMapError) -> LoadedGraph {
        var extracted = Set<String>()
        while true {
            do {
                return try GraphLoader.load(path: local)
            } catch {
                let missing = error.diagnostics.compactMap(missingInclude)
                    .filter { !extracted.contains($0) && $0.hasPrefix(folder + "/") }
                guard !missing.isEmpty, extracted.count + missing.count <= 1_000 else { throw error }
                for path in missing {
                    extracted.insert(path)
                    let repositoryPath = String(path.dropFirst(folder.count + 1))
                    do {
                        _ = try extract(repositoryPath)
                    } catch {
                        continue  // not in the revision: the reader reports the include
                    }
                }
            }
        }
    }

    /// The local path of an include the reader could not open, from its diagnostic.
    private func missingInclude(_ diagnostic: Diagnostic) -> String? {
        let prefix = "cannot include '"
        guard diagnostic.message.hasPrefix(prefix), let file = diagnostic.location?.file else { return nil }
        let rest = diagnostic.message.dropFirst(prefix.count)
        guard let end = rest.range(of: "': ") else { return nil }
        let include = String(rest[..<end.lowerBound])
        let base = (file as NSString).deletingLastPathComponent
        return ((include.hasPrefix("/") ? include : (base as NSString).appendingPathComponent(include)) as NSString).standardizingPath
    }

    /// `error` with the temporary folder replaced by `REV:` in every location.
    func relabel(_ error: StakeMapError) -> StakeMapError {
        var relabeled = error
        relabeled.diagnostics = error.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if let file = diagnostic.location?.file, file.hasPrefix(folder + "/") {
                diagnostic.location?.file = "\(revision):" + file.dropFirst(folder.count + 1)
            }
            return diagnostic
        }
        return relabeled
    }
}
