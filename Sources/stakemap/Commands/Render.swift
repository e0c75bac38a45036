import ArgumentParser
import Foundation
import StakeMap
import StakeMapRender
import StakeMapText

/// `stakemap render G -o FILE`: a coalition map drawn by Graphviz, in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a coalition map with Graphviz: SVG, PNG, PDF or DOT, chosen by the output's extension.",
        discussion: """
        Actors are shaped and coloured by kind, ties styled by kind (arrows for directed kinds, \
        met in teal, threatens and opposes in red and dashed), coalitions drawn as boxes around \
        their members (dot and fdp layouts), with a title, the network's as-of date and a legend \
        of the kinds on the map. Labels use Noto Sans / Noto Sans Arabic; PNG and PDF shape \
        Arabic right-to-left. SVG carries id="actor-ID" and class="actor KIND" per actor, \
        id="tie-N" and class="tie KIND" per tie, and a tooltip on each.

        Items above --audience are left out entirely: nothing of them is in the file.

        --layout auto picks by size: dot up to 150 nodes, neato up to 800, sfdp beyond (a \
        2,000-actor network renders in seconds). dot and fdp are slow on big maps: asked for \
        explicitly there, they warn and run with lowered limits.

        --size-by measures follow centrality's rule: unweighted unless --weighted (PageRank \
        equals networkx pagerank(G, weight=None), with --weighted weight="weight"); a PageRank \
        that does not converge is an error (exit 1), never a size.

        --events edges folds an event into met edges between its attendees only when it has \
        at most 5 (a bigger event is drawn as a node either way).

        Examples (G = graphs/libya-wps.yaml):
          stakemap render G -o map.svg
          stakemap render G -o map.png --lang both --audience public
          stakemap render G -o lwa.pdf --focus lwa --depth 2 --size-by betweenness
          stakemap render G -o map.svg --size-by pagerank --weighted
          stakemap render G -o path.svg --highlight lwa,williams,unsmil
          stakemap render G -o plan.png --overlay plan --home lwa --targets tag:ambassador
          stakemap render G -o map.dot     # DOT with positions, for post-processing

        Exit status: 0 written; 1 the input has problems; 2 the file could not be written, or \
        Graphviz or its plugins are missing or failed; 64 bad usage. Nothing is written on error.
        """)

    @Argument(help: "The network to draw (native .yaml, or any importable format).")
    var graph: String

    @Option(name: [.short, .long], help: ArgumentHelp(
        "The file to write; its extension picks the format: .svg, .png, .pdf or .dot ('-': SVG on standard output).", valueName: "file"))
    var output: String

    @Option(help: "Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.")
    var layout: LayoutEngine = .auto

    @Option(help: "Label language: en, ar, or both (English over Arabic); falls back to the name that exists.")
    var lang: LabelLanguage = .en

    @Option(help: "Digits in Arabic legend text: western (0-9, the default) or arabicIndic (٠-٩).")
    var digits: DigitStyle = .western

    @Option(help: "Events as their own small nodes (node), or folded into met edges between co-participants (edges).")
    var events: EventStyle = .edges

    @Option(name: .customLong("size-by"), help: "Size nodes by degree, influence, betweenness or pagerank.")
    var sizeBy: SizeMeasure?

    @Flag(help: "With --size-by: use tie strength (strength as degree, paths through strong ties, PageRank by strength, as centrality --weighted).")
    var weighted = false

    @Option(name: .customLong("color-by"), help: "Colour nodes by kind, community (Louvain), stance, or an attribute or custom field (country, club).")
    var colorBy: String = "kind"

    @Option(help: ArgumentHelp("Draw only the neighbourhood of this actor.", valueName: "id"))
    var focus: String?

    @Option(help: "With --focus: how many steps out to go (sharing an event is one step).")
    var depth: Int?

    @Option(help: ArgumentHelp(
        "Actor ids to highlight, comma-separated (e.g. a path); ties between them are highlighted too.",
        valueName: "ids"))
    var highlight: String?

    @Option(help: ArgumentHelp(
        "Draw a mission plan (home, targets, intermediaries, warmest paths) or the actors of the gap findings over the map; needs --home and --targets.",
        valueName: "plan|gaps"))
    var overlay: MapOverlay?

    @Option(help: ArgumentHelp("With --overlay: the home actor (id or name).", valueName: "actor"))
    var home: String?

    @Option(help: ArgumentHelp("With --overlay: the targets, a selector (ids, kind:…, tag:…).", valueName: "selector"))
    var targets: String?

    @Option(help: "The title over the map (default: the network's title in --lang).")
    var title: String?

    @Flag(help: "Leave out the legend, title and date.")
    var noLegend = false

    @OptionGroup var audience: AudienceOption
    @OptionGroup var time: TimeSliceOptions

    /// The output format from the file extension.
    var format: RenderFormat? { output == "-" ? .svg : RenderFormat(pathExtension: (output as NSString).pathExtension) }

    /// The words of the command's own lines: Arabic under `--lang ar`, else English (lines of
    /// text on standard error need no second language).
    var words: Words { Words(lang == .ar ? .ar : .en, digits: digits) }

    /// The highlighted ids from `--highlight`.
    var highlightedIDs: [String] {
        (highlight ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        guard format != nil else {
            let ext = (output as NSString).pathExtension
            throw ValidationError("cannot tell the format of '\(output)'\(ext.isEmpty ? "" : " ('.\(ext)')"); "
                                  + "use a file name ending in .svg, .png, .pdf or .dot")
        }
        if let depth {
            guard focus != nil else { throw ValidationError("--depth needs --focus ID") }
            guard (0...20).contains(depth) else { throw ValidationError("--depth must be between 0 and 20, not \(depth)") }
        }
        if let focus, focus.isEmpty { throw ValidationError("--focus needs an actor id") }
        if highlight != nil, highlightedIDs.isEmpty { throw ValidationError("--highlight needs actor ids, e.g. --highlight lwa,unsmil") }
        if overlay != nil, home == nil || targets == nil { throw ValidationError("--overlay needs --home and --targets") }
        if weighted && sizeBy == nil { throw ValidationError("--weighted weights the --size-by measure; add --size-by degree|betweenness|pagerank") }
        if overlay == nil, home != nil || targets != nil { throw ValidationError("--home and --targets go with --overlay plan|gaps") }
    }

    func run() throws {
        guard let format else { throw ValidationError("unknown output format") }
        // Graphviz's checks and warm-up run while the network loads and the scene is built;
        // whatever way the command ends, it ends after them (no exit under a running Graphviz).
        let preparation = RenderEnvironment.prepare(layout: layout, format: format, sizedLabels: sizeBy != nil)
        defer { _ = try? preparation.finish() }
        let graph = try time.apply(to: loadGraph(self.graph))
        announceOmission(of: graph, visible: graph.visible(to: audience.audience), audience: audience.audience, words: words)
        let options = try renderOptions(for: graph, format: format)
        var warned = false
        do {
            let progress = ProgressLine("drawing \(graph.actors.count) actors")
            // The command exits right after: Graphviz's memory is left to the exit.
            let map = try MapRenderer.render(graph, options: options, releasingMemory: false, preparation: preparation)
            progress.finish()
            report(warnings: map.warnings)
            warned = true
            try writeAtomically(map.data, to: output, words: words)
            printError(NoticeText.wroteMap(output, nodes: map.nodeCount, edges: map.edgeCount, layout: map.layout.rawValue, words: words))
        } catch let error as StakeMapError {
            // The preparation's warnings (a missing Arabic font) come with a map; without one,
            // they are said before the error.
            if !warned { report(warnings: (try? preparation.finish()) ?? []) }
            if error.code == .unsupported {
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                throw ExitStatus.failure
            }
            throw report(error)
        }
    }

    /// The `--size-by` scores (none without it); a PageRank that did not converge exits 1.
    private func sizes(graph: Graph, audience: Audience) throws -> [String: Double] {
        guard let sizeBy else { return [:] }
        do {
            return try RenderOverlays.scores(sizeBy, graph: graph, audience: audience, weighted: weighted)
        } catch {
            throw report(error)
        }
    }

    /// The renderer's options, with overlays computed on what the audience may see.
    private func renderOptions(for graph: Graph, format: RenderFormat) throws -> RenderOptions {
        let audience = audience.audience
        let visible = Set(graph.actors.filter { audience.canSee($0.sensitivity) }.map(\.id))
        // Unknown actors exit 1 like every actor argument; names and foreign ids resolve (issue 16).
        let ids = try highlightedIDs.map { visible.contains($0) ? $0 : try resolveActor($0, in: graph, audience: audience, words: words).id }
        var links = Set<ActorPair>()
        for i in ids.indices { for j in ids.indices where j > i { links.insert(ActorPair(ids[i], ids[j])) } }
        var highlighted = Set(ids)
        if let overlay, let home, let targets {
            let homeID = try GapsArguments.home(home, in: graph, audience: audience, words: words)
            let targetIDs = try GapsArguments.targets(targets, in: graph, audience: audience, words: words)
            let drawn = RenderOverlayPlan.highlight(overlay, graph: graph, audience: audience, home: homeID, targets: targetIDs)
            highlighted.formUnion(drawn.actors)
            links.formUnion(drawn.links)
        }
        return RenderOptions(
            format: format, layout: layout, language: lang, events: events, audience: audience, title: title,
            sizeBy: try sizes(graph: graph, audience: audience),
            sizeCaption: sizeBy?.rawValue,
            coloring: RenderOverlays.coloring(colorBy, graph: graph, audience: audience),
            highlight: Highlight(actors: highlighted, links: links),
            focus: try focus.map { Focus(actor: try resolveActor($0, in: graph, audience: audience, words: words).id, depth: depth ?? 1) },
            showsLegend: !noLegend,
            wording: MapText.wording(for: lang, digits: digits))
    }
}
