import Foundation

/// Draws stakeholder maps with Graphviz, in-process.
///
/// ```swift
/// let map = try MapRenderer.render(graph, options: RenderOptions(format: .png, language: .both))
/// try map.data.write(to: url)
/// ```
public enum MapRenderer {
    /// Renders the part of `graph` that `options.audience` may see.
    ///
    /// Actors, ties and events above the audience are left out before anything reaches
    /// Graphviz, so nothing of them (name, alias, note, source, id) is in the bytes.
    /// Calls are serialized process-wide: Graphviz is not thread-safe.
    /// - Throws: `StakeMapError` — `.badArgument` for a focus actor that is not visible,
    ///   `.environment` when Graphviz's plugins are missing (or `preparation` found them
    ///   missing), `.unsupported` when Graphviz fails.
    /// - Parameter releasingMemory: false, for a command that exits right after drawing one
    ///   map, leaves Graphviz's graph, layout and context to the process's exit instead of
    ///   freeing them (tens of milliseconds for thousands of actors), as Graphviz's own
    ///   commands leave their last graph; the bytes are the same.
    /// - Parameter preparation: the checks and warm-up started with
    ///   `RenderEnvironment.prepare(layout:format:)` while the graph was loaded: the render
    ///   waits for them only once its scene is built, and adds their warnings (a missing
    ///   Arabic font) to the map's. The bytes are the same.
    /// - Complexity: building is O(V + E + Σ attendees²); the layout dominates (see
    ///   `LayoutEngine`).
    public static func render(_ graph: Graph, options: RenderOptions = RenderOptions(),
                              releasingMemory: Bool = true, preparation: RenderPreparation? = nil) throws -> RenderedMap {
        let view = try MapView(graph: graph, audience: options.audience, focus: options.focus)
        let scene = SceneBuilder.build(view: view, options: options)
        let prepared = try preparation?.finish() ?? []
        // What the result needs of the scene, taken before Graphviz takes the scene over (and
        // releases it before the layout).
        let (layout, nodeCount, edgeCount, sceneWarnings) = (scene.engine, scene.nodes.count, scene.edges.count, scene.warnings)
        let (data, warnings) = try GraphvizRenderer.render(consume scene, format: options.format, releasingMemory: releasingMemory)
        return RenderedMap(data: data, format: options.format, layout: layout, nodeCount: nodeCount,
                           edgeCount: edgeCount, warnings: prepared + sceneWarnings + warnings)
    }
}
