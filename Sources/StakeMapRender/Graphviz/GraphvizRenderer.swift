import Foundation
internal import CGraphviz

/// Lays out and renders a `Scene` with libgvc, in memory.
///
/// Builds the cgraph graph directly (no DOT text, no subprocess), runs `gvLayout` and
/// `gvRenderData`, and frees everything in the documented order: `gvFreeRenderData`,
/// `gvFreeLayout`, `agclose`, `gvFreeContext` (all but the first left to the process's exit
/// when asked). Every call runs under `GraphvizLock`.
enum GraphvizRenderer {
    /// The bytes of `scene` in `format`, and Graphviz's warnings.
    ///
    /// - Parameter releasingMemory: false leaves the graph, its layout and the context to the
    ///   process's exit, as Graphviz's own commands leave their last graph.
    /// - Throws: `StakeMapError` `.environment` when plugins are missing, `.unsupported` when
    ///   Graphviz reports an error (any captured `Error:` counts as failure).
    static func render(_ scene: consuming Scene, format: RenderFormat, releasingMemory: Bool = true) throws -> (data: Data, warnings: [Diagnostic]) {
        // Handed to `draw` inside the lock, which releases it once the graph is built.
        var pending = Optional(scene)
        return try GraphvizLock.withLock {
            GraphvizMessages.shared.begin()
            guard let context = gvContext() else {
                throw StakeMapError(.environment, "Graphviz could not create a context", hint: GraphvizPlugins.fix)
            }
            defer { if releasingMemory { gvFreeContext(context) } }
            guard let scene = pending.take() else { preconditionFailure("the scene is drawn once") }
            return try draw(scene, format: format, on: context, releasingMemory: releasingMemory)
        }
    }

    /// `render` on a context the caller keeps. Call with `GraphvizLock` held, after
    /// `GraphvizMessages.shared.begin()`; the messages are drained.
    ///
    /// The scene is released once the graph is built (before the layout), and the bytes are
    /// Graphviz's own buffer, not a copy: a map of thousands of actors touches tens of
    /// megabytes less.
    static func draw(_ scene: consuming Scene, format: RenderFormat, on context: OpaquePointer,
                     releasingMemory: Bool) throws -> (data: Data, warnings: [Diagnostic]) {
        let messages = GraphvizMessages.shared
        let engine = scene.engine
        do {
            try GraphvizPlugins.require(context, engine: engine, format: format)
        } catch {
            _ = messages.drain()
            throw error
        }
        guard let graph = smap_open_directed("stakemap") else {
            throw failure("Graphviz could not create a graph", messages.drain())
        }
        defer { if releasingMemory { agclose(graph) } }
        try build(scene, into: graph)
        _ = consume scene
        // sfdp draws from the C library's random numbers before it seeds them (to coarsen
        // the graph), so the same scene would be laid out differently after another map
        // was drawn in this process. Every layout starts from the state a new process has.
        srand(1)
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            throw failure("Graphviz could not lay the map out with '\(engine.rawValue)'", messages.drain())
        }
        defer { if releasingMemory { gvFreeLayout(context, graph) } }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format.graphvizFormat, &buffer, &length)
        let diagnostics = messages.drain()
        guard status == 0, let buffer, length > 0, !diagnostics.contains(where: { $0.severity == .error }) else {
            if let buffer { gvFreeRenderData(buffer) }
            throw failure("Graphviz could not render \(format.rawValue)", diagnostics)
        }
        // Graphviz's buffer becomes the data; it is freed (with gvFreeRenderData) with the data.
        let data = Data(bytesNoCopy: buffer, count: Int(length), deallocator: .custom { pointer, _ in
            gvFreeRenderData(pointer.assumingMemoryBound(to: CChar.self))
        })
        return (data, diagnostics)
    }

    /// An error whose first line says what failed, followed by what Graphviz said.
    private static func failure(_ message: String, _ diagnostics: [Diagnostic]) -> StakeMapError {
        StakeMapError(.unsupported, [Diagnostic(.error, at: nil, message)] + diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.severity = .error
            return copy
        })
    }

    /// Creates the scene's clusters, nodes and edges in `graph`.
    private static func build(_ scene: Scene, into graph: UnsafeMutablePointer<Agraph_t>) throws {
        for attribute in scene.graphAttributes where !attribute.isHTML {
            smap_declare_graph_attribute(graph, attribute.name, "")
            try set(attribute, on: UnsafeMutableRawPointer(graph))
        }
        for attribute in scene.nodeDefaults { smap_declare_node_attribute(graph, attribute.name, attribute.value) }
        for attribute in scene.edgeDefaults { smap_declare_edge_attribute(graph, attribute.name, attribute.value) }

        var subgraphs = [UnsafeMutablePointer<Agraph_t>]()
        subgraphs.reserveCapacity(scene.clusters.count)
        for cluster in scene.clusters {
            let parent = cluster.parent.map { subgraphs[$0] } ?? graph
            guard let subgraph = smap_subgraph(parent, cluster.name) else {
                throw StakeMapError(.unsupported, "Graphviz could not create cluster '\(cluster.name)'")
            }
            for attribute in cluster.attributes { try set(attribute, on: UnsafeMutableRawPointer(subgraph)) }
            subgraphs.append(subgraph)
        }
        var nodes = [UnsafeMutablePointer<Agnode_t>]()
        nodes.reserveCapacity(scene.nodes.count)
        var symbols = AttributeSymbols(root: graph)
        for node in scene.nodes {
            let container = node.cluster.map { subgraphs[$0] } ?? graph
            guard let created = node.name.withCString({ smap_node(container, $0) }) else {
                throw StakeMapError(.unsupported, "Graphviz could not create node '\(node.name)'")
            }
            for attribute in node.attributes { try symbols.set(attribute, on: created, kind: AGNODE) }
            nodes.append(created)
        }
        for edge in scene.edges {
            guard let created = edge.name.withCString({ smap_edge(graph, nodes[edge.tail], nodes[edge.head], $0) }) else {
                throw StakeMapError(.unsupported, "Graphviz could not create edge '\(edge.name)'")
            }
            for attribute in edge.attributes { try symbols.set(attribute, on: created, kind: AGEDGE) }
        }
        // The HTML label last, so that no cluster inherits it.
        for attribute in scene.graphAttributes where attribute.isHTML {
            try set(attribute, on: UnsafeMutableRawPointer(graph))
        }
    }

    /// The node and edge attributes of one graph by name, looked up (or declared) once each
    /// instead of once per node or edge.
    ///
    /// A handful of names per kind, set in the same order on every node (and every edge): a
    /// short list searched from just after the last name found, so the next name is almost
    /// always the first one compared (short names compare without hashing).
    private struct AttributeSymbols {
        let root: UnsafeMutablePointer<Agraph_t>
        var nodes = Known()
        var edges = Known()

        struct Known {
            var names: [String] = []
            var symbols: [UnsafeMutablePointer<Agsym_t>] = []
            var next = 0

            /// The position of `name` in the list, searched from `next` round.
            mutating func find(_ name: String) -> Int? {
                let count = names.count
                var index = next
                for _ in 0..<count {
                    if index == count { index = 0 }
                    if names[index] == name {
                        next = index + 1
                        return index
                    }
                    index += 1
                }
                return nil
            }
        }

        /// Sets `attribute` on a node (`kind` `AGNODE`) or an edge (`AGEDGE`).
        mutating func set<Object>(_ attribute: Scene.Attribute, on object: UnsafeMutablePointer<Object>, kind: Int32) throws {
            guard !attribute.isHTML else { return try GraphvizRenderer.set(attribute, on: UnsafeMutableRawPointer(object)) }
            let symbol = kind == AGEDGE ? try Self.symbol(attribute.name, in: &edges, kind: kind, root: root)
                                        : try Self.symbol(attribute.name, in: &nodes, kind: kind, root: root)
            guard attribute.value.withCString({ smap_set_symbol(UnsafeMutableRawPointer(object), symbol, $0) }) == 0 else {
                throw StakeMapError(.unsupported, "Graphviz rejected the attribute '\(attribute.name)'")
            }
        }

        private static func symbol(_ name: String, in known: inout Known, kind: Int32,
                                   root: UnsafeMutablePointer<Agraph_t>) throws -> UnsafeMutablePointer<Agsym_t> {
            if let index = known.find(name) { return known.symbols[index] }
            guard let declared = name.withCString({ smap_symbol(root, kind, $0) }) else {
                throw StakeMapError(.unsupported, "Graphviz rejected the attribute '\(name)'")
            }
            known.names.append(name)
            known.symbols.append(declared)
            known.next = known.names.count
            return declared
        }
    }

    private static func set(_ attribute: Scene.Attribute, on object: UnsafeMutableRawPointer) throws {
        let status = attribute.isHTML
            ? smap_set_html(object, attribute.name, attribute.value)
            : smap_set(object, attribute.name, attribute.value)
        guard status == 0 else {
            throw StakeMapError(.unsupported, "Graphviz rejected the attribute '\(attribute.name)'")
        }
    }
}
