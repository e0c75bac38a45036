/// Turns the visible part of a graph and the render options into a `Scene`.
struct SceneBuilder {
    /// Events with more attendees than this are drawn as a node even in `.edges` mode, so that
    /// a workshop does not become a hairball of n² `met` edges (at most 10 per event).
    static let largestFoldedEvent = 5

    let view: MapView
    let options: RenderOptions
    /// The cgraph node name per actor id (and per event id for event nodes).
    private(set) var nodeNames: [String: String] = [:]
    /// The node position in `scene.nodes` per actor or event id.
    private(set) var nodeIndex: [String: Int] = [:]
    /// The scene under construction.
    private(set) var scene = Scene()
    /// The events drawn as nodes.
    private(set) var eventNodes: [Event] = []
    /// Tie kinds drawn (for the legend).
    var tieKindsDrawn = Set<TieKind>()
    /// The cluster (by position in `scene.clusters`) holding each clustered actor.
    var clusterOfActor: [String: Int] = [:]

    /// Prepares a builder.
    init(view: MapView, options: RenderOptions) {
        self.view = view
        self.options = options
        eventNodes = options.events == .node
            ? view.events
            : view.events.filter { $0.attendees.count > SceneBuilder.largestFoldedEvent }
    }

    /// Builds the scene.
    static func build(view: MapView, options: RenderOptions) -> Scene {
        var builder = SceneBuilder(view: view, options: options)
        builder.assignNames()
        let nodeCount = view.actors.count + builder.eventNodes.count
        let plan = LayoutPlan(requested: options.layout, nodeCount: nodeCount,
                              root: options.focus.flatMap { builder.nodeNames[$0.actor] })
        builder.scene.engine = plan.engine
        builder.scene.warnings = plan.warnings
        builder.setDefaults(plan: plan)
        if plan.engine.drawsClusters { builder.addClusters() }
        builder.addActorNodes()
        builder.addEventNodes()
        builder.addEdges()
        builder.scene.graphAttributes += LayoutPacking.attributes(for: builder.scene)
        if options.showsLegend { builder.addLegend() }
        return builder.scene
    }

    /// Gives every actor and event node a cgraph name: its id when that is a plain slug,
    /// otherwise `actor-N`/`event-N`.
    private mutating func assignNames() {
        // One table each, sized once (thousands of actors: no growing and rehashing).
        var used = Set<String>(minimumCapacity: view.actors.count + eventNodes.count)
        nodeNames.reserveCapacity(view.actors.count + eventNodes.count)
        func name(for id: String, fallback: String) -> String {
            let candidate = GraphvizText.identifier(id) == id && !id.isEmpty ? id : fallback
            return used.insert(candidate).inserted ? candidate : fallback
        }
        for (position, actor) in view.actors.enumerated() {
            nodeNames[actor.id] = name(for: actor.id, fallback: "actor-\(position)")
        }
        for (position, event) in eventNodes.enumerated() where nodeNames[event.id] == nil {
            nodeNames[event.id] = name(for: event.id, fallback: "event-\(position)")
        }
    }

    private mutating func setDefaults(plan: LayoutPlan) {
        var graph = AttributeList()
        graph.set("fontname", Theme.fontName)
        graph.set("fontsize", "\(Theme.Points.label)")
        graph.set("fontcolor", Theme.text)
        graph.set("bgcolor", "white")
        graph.set("pad", 0.3)
        graph.set("outputorder", "edgesfirst")
        graph.set("labelloc", "t")
        graph.set("labeljust", options.wording.isRightToLeft ? "r" : "l")
        if options.format == .png {
            graph.set("dpi", "144")
            graph.set("size", "40,40")
        }
        scene.graphAttributes = graph.items + plan.attributes

        var node = AttributeList()
        node.set("label", "\\N")
        node.set("fontname", Theme.fontName)
        node.set("fontsize", "\(Theme.Points.label)")
        node.set("fontcolor", Theme.text)
        node.set("margin", "0.12,0.06")
        node.set("penwidth", 1.2)
        scene.nodeDefaults = node.items

        var edge = AttributeList()
        edge.set("fontname", Theme.fontName)
        edge.set("fontsize", "\(Theme.Points.small)")
        edge.set("arrowsize", 0.8)
        scene.edgeDefaults = edge.items
    }

    /// Appends a node and remembers its position.
    mutating func appendNode(id: String, cluster: Int?, attributes: AttributeList) {
        guard let name = nodeNames[id], nodeIndex[id] == nil else { return }
        nodeIndex[id] = scene.nodes.count
        scene.nodes.append(Scene.Node(name: name, cluster: cluster, attributes: attributes.items))
    }

    /// Appends an edge between two nodes already added.
    mutating func appendEdge(name: String, from tail: String, to head: String, attributes: AttributeList) {
        guard let tailIndex = nodeIndex[tail], let headIndex = nodeIndex[head] else { return }
        scene.edges.append(Scene.Edge(name: name, tail: tailIndex, head: headIndex, attributes: attributes.items))
    }

    /// Appends a cluster.
    mutating func appendCluster(_ cluster: Scene.Cluster) {
        scene.clusters.append(cluster)
    }

    /// Appends root graph attributes (the legend).
    mutating func appendGraphAttributes(_ attributes: AttributeList) {
        scene.graphAttributes += attributes.items
    }
}
