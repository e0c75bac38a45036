import ArgumentParser
import StakeMapAnalysis
import StakeMapRender

/// What `render --overlay` draws over the map.
enum MapOverlay: String, ExpressibleByArgument, CaseIterable {
    /// The mission plan: home, targets, chosen intermediaries and the warmest paths.
    case plan
    /// The actors named by high- and medium-severity gap findings, and home and targets.
    case gaps
}

/// Turns a plan or the gap findings into highlighted actors and ties for the renderer.
enum RenderOverlayPlan {
    /// The highlight for `overlay`, computed on what `audience` may see.
    static func highlight(_ overlay: MapOverlay, graph: Graph, audience: Audience, home: String,
                          targets: [String]) -> (actors: Set<String>, links: Set<ActorPair>) {
        var actors: Set<String> = [home]
        actors.formUnion(targets)
        var links = Set<ActorPair>()
        switch overlay {
        case .plan:
            let plan = MissionPlanner.plan(graph, audience: audience, options: MissionPlanOptions(home: home, targets: targets))
            actors.formUnion(plan.intermediaries.map(\.id))
            for target in plan.targets {
                actors.formUnion(target.path)
                for (a, b) in zip(target.path, target.path.dropFirst()) { links.insert(ActorPair(a, b)) }
            }
        case .gaps:
            let context = GapContext(graph: graph, audience: audience, options: GapOptions(home: home, targets: targets))
            for finding in GapAnalysis.run(context) where finding.severity != .low {
                actors.formUnion(finding.actors)
            }
        }
        return (actors, links)
    }
}
