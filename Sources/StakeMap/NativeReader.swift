import Foundation

/// Reads the native `.yaml` format: a file and everything it includes, merged and checked.
///
/// Every problem is reported (not just the first) as a located `Diagnostic`; when there is
/// any error, `read(path:)` throws a `StakeMapError` holding all of them.
public struct NativeReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the file at `path` with its includes.
    /// - Throws: `StakeMapError` carrying every problem found, in file order.
    public func read(path: String) throws(StakeMapError) -> LoadedGraph {
        var state = LoadState()
        try load(path: path, includedFrom: nil, state: &state)
        var loaded = try assemble(&state)
        loaded.files = state.fragments.reversed().map(\.file)
        return loaded
    }

    /// Reads a network from YAML text (no includes are allowed); `name` is used in diagnostics.
    public func read(text: String, name: String = "<input>") throws(StakeMapError) -> LoadedGraph {
        let node = try YAMLDocumentLoader.compose(text: text, name: name)
        guard let node else {
            throw StakeMapError(.invalidInput, "the text is empty", at: SourceLocation(file: name, line: 1, column: 1))
        }
        let reader = YAMLFieldReader(file: name)
        var state = LoadState()
        let fragment = FragmentDecoder(reader: reader).decode(node)
        state.diagnostics += reader.diagnostics
        if let include = fragment.includes.first {
            state.diagnostics.append(Diagnostic(.error, at: include.location, "'include' needs a file on disk"))
        }
        state.fragments.append(fragment)
        return try assemble(&state)
    }

    private struct LoadState {
        var fragments: [Fragment] = []
        var diagnostics: [Diagnostic] = []
        var loaded: Set<String> = []
        var stack: [String] = []
        /// A more specific failure than `.invalidInput` met while loading (e.g. a limit).
        var code: StakeMapError.Code?
    }

    private func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private func load(path: String, includedFrom: Located<String>?, state: inout LoadState) throws(StakeMapError) {
        let key = canonical(path)
        if let cycleStart = state.stack.firstIndex(of: key) {
            let chain = (state.stack[cycleStart...] + [key]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")
            state.diagnostics.append(Diagnostic(.error, at: includedFrom?.location, "include cycle: \(chain)",
                                                hint: "remove one of the includes"))
            return
        }
        guard state.loaded.insert(key).inserted else { return }
        let root: Node
        do {
            root = try YAMLDocumentLoader.load(path: path)
        } catch {
            if let includedFrom, error.code == .unreadable {
                state.diagnostics.append(Diagnostic(.error, at: includedFrom.location,
                    "cannot include '\(includedFrom.value)': \(error.diagnostics.first?.message ?? "unreadable")",
                    hint: "include paths are relative to the including file"))
            } else if includedFrom == nil && error.code == .unreadable {
                throw error
            } else {
                state.diagnostics += error.diagnostics
                if error.code != .invalidInput { state.code = error.code }
            }
            return
        }
        let reader = YAMLFieldReader(file: path)
        let fragment = FragmentDecoder(reader: reader).decode(root)
        state.diagnostics += reader.diagnostics
        state.stack.append(key)
        let directory = (path as NSString).deletingLastPathComponent
        for include in fragment.includes {
            let target = include.value.hasPrefix("/") ? include.value
                : ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(include.value)
            try load(path: (target as NSString).standardizingPath, includedFrom: include, state: &state)
        }
        state.stack.removeLast()
        state.fragments.append(fragment)
    }

    private func assemble(_ state: inout LoadState) throws(StakeMapError) -> LoadedGraph {
        var diagnostics = state.diagnostics
        var merger = FragmentMerger()
        for index in state.fragments.indices {
            // Hand each fragment's items to the merger and keep only its header, so that a big
            // file's items are not held three times (fragment, merger, graph) at the peak.
            let fragment = state.fragments[index]
            state.fragments[index] = Fragment(file: fragment.file, title: fragment.title, description: fragment.description,
                                              asOf: fragment.asOf, declaredButInvalid: fragment.declaredButInvalid)
            merger.add(consume fragment)
        }
        diagnostics += merger.diagnostics
        var checker = ReferenceChecker(actors: merger.actors, events: merger.events, sources: merger.sources,
                                       invalid: state.fragments.reduce(into: Set<String>()) { $0.formUnion($1.declaredButInvalid) })
        checker.check(actors: merger.actors, ties: merger.ties, events: merger.events)
        diagnostics += checker.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            throw StakeMapError(state.code ?? .invalidInput, Self.ordered(errors, files: state.fragments.map(\.file)))
        }
        // The root file (loaded last) gives the title; as_of falls back to the latest include's.
        let root = state.fragments.last
        let graph = Graph(
            title: root?.title ?? state.fragments.lazy.compactMap(\.title).first,
            description: root?.description,
            asOf: root?.asOf?.value ?? state.fragments.compactMap(\.asOf?.value).max(),
            sources: merger.sources.values,
            actors: merger.actors.values,
            ties: merger.ties.values,
            events: merger.events.values)
        return LoadedGraph(graph: graph, warnings: diagnostics.filter { $0.severity == .warning })
    }

    /// Orders diagnostics by file (in load order), then line and column; unlocated ones first.
    private static func ordered(_ diagnostics: [Diagnostic], files: [String]) -> [Diagnostic] {
        let rank = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.location, rhs.element.location)
            let keyA = (a.map { rank[$0.file] ?? Int.max } ?? -1, a?.line ?? 0, a?.column ?? 0, lhs.offset)
            let keyB = (b.map { rank[$0.file] ?? Int.max } ?? -1, b?.line ?? 0, b?.column ?? 0, rhs.offset)
            return keyA < keyB
        }.map(\.element)
    }
}
