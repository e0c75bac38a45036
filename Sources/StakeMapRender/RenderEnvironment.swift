import Foundation
internal import CGraphviz
internal import CFontconfig

/// Start-up checks for rendering: Graphviz's plugins and a font with Arabic glyphs.
public enum RenderEnvironment {
    /// The font family the theme needs for Arabic labels (from fonts-noto-core).
    public static let arabicFontFamily = Theme.arabicFontFamily

    /// Checks that Graphviz can lay out with `layout` and write `format`, and that the Arabic
    /// font is installed.
    ///
    /// - Returns: warnings (the Arabic font is missing, or could not be checked).
    /// - Throws: `StakeMapError` `.environment` with a one-line fix when Graphviz has no
    ///   layout plugins (`libgvc6-config-update -c`) or lacks the format's plugin.
    public static func check(layout: LayoutEngine = .auto, format: RenderFormat = .svg) throws -> [Diagnostic] {
        try checkGraphviz(layout: layout, format: format)
        return fontWarnings()
    }

    /// The Graphviz half of `check(layout:format:)`: plugins only, no font check.
    public static func checkGraphviz(layout: LayoutEngine = .auto, format: RenderFormat = .svg) throws {
        try GraphvizLock.withLock {
            GraphvizMessages.shared.begin()
            guard let context = gvContext() else {
                throw StakeMapError(.environment, "Graphviz could not create a context", hint: GraphvizPlugins.fix)
            }
            defer { gvFreeContext(context) }
            defer { _ = GraphvizMessages.shared.drain() }
            try GraphvizPlugins.require(context, engine: layout, format: format)
        }
    }

    /// Starts, on other threads, everything a render needs besides the network, to be
    /// collected with `RenderPreparation.finish()` once the map's scene is built: the check of
    /// Graphviz's plugins, the check for the Arabic font, and one-node maps laid out and written
    /// with each size and weight of the theme's text (so the layout and text plugins,
    /// fontconfig, pango and the fonts are loaded when the real map is drawn) until the map is
    /// ready (`RenderEnvironment.warmUp`).
    ///
    /// Takes over the preparation `prepareEarly()` started, if one is waiting: as it is when it
    /// warms what `layout` and `format` need (SVG with `dot` or `sfdp`), else followed by the
    /// checks and warm-up of this layout and format once it is done.
    ///
    /// - Parameter sizedLabels: whether the map sizes actors by a measure (`RenderOptions.sizeBy`):
    ///   without it the warm-up leaves out the sizes only such a map uses.
    public static func prepare(layout: LayoutEngine = .auto, format: RenderFormat = .svg,
                               sizedLabels: Bool = true) -> RenderPreparation {
        guard let started = early.take() else { return RenderPreparation(layout: layout, format: format, sizedLabels: sizedLabels) }
        if format == .svg, [.auto, .dot, .sfdp].contains(layout) {
            if !sizedLabels { started.leaveOutSizedLabels() }
            return started
        }
        return RenderPreparation(layout: layout, format: format, sizedLabels: sizedLabels, after: started)
    }

    /// Starts a preparation before the layout and the format are known (while a command's
    /// arguments are read), for the next `prepare(layout:format:)` to return. It checks that
    /// Graphviz has layout plugins and warms the `dot` and `sfdp` layouts and the SVG writer;
    /// the render checks the engine and format it draws with itself.
    @discardableResult
    public static func prepareEarly() -> RenderPreparation {
        let preparation = RenderPreparation(layout: .auto, format: nil)
        early.put(preparation)
        return preparation
    }

    /// The preparation `prepareEarly()` started, until `prepare(layout:format:)` takes it.
    private static let early = EarlyPreparation()

    private final class EarlyPreparation: @unchecked Sendable {
        private let lock = NSLock()
        private var waiting: RenderPreparation?

        func put(_ preparation: RenderPreparation) { lock.withLock { waiting = preparation } }

        func take() -> RenderPreparation? {
            lock.withLock {
                defer { waiting = nil }
                return waiting
            }
        }
    }

    /// A warning when fontconfig does not list the Arabic font family.
    static func fontWarnings() -> [Diagnostic] {
        let fix = "install it with 'apt-get install fonts-noto-core' (Arabic labels would show as empty boxes)"
        switch smap_font_family_installed(arabicFontFamily) {
        case 1:
            return []
        case 0:
            return [Diagnostic(.warning, at: nil, "the font '\(arabicFontFamily)' is not installed", hint: fix)]
        default:
            return [Diagnostic(.warning, at: nil, "could not check for the font '\(arabicFontFamily)' (fontconfig could not be read)",
                               hint: fix)]
        }
    }

    /// Lays out and writes one-node maps on `context` so that Graphviz loads now what a map
    /// will need: each engine `layout` may use, the writer of `format`, fontconfig and pango
    /// with the labels' font, then one font lookup per other size and weight of the map's text
    /// (`Theme.textStyles`, then `Theme.sizedLabelStyles`). What it draws (or fails to) is
    /// dropped.
    ///
    /// Every step is worth doing only while the map is not ready to be drawn: `decide` is
    /// asked before each (a step takes 1–10 ms) whether to take it, leave it out or end the
    /// warm-up there. Whatever was not warmed, the map's own layout loads; the bytes are the same.
    static func warmUp(_ context: OpaquePointer, layout: LayoutEngine, format: RenderFormat,
                       deciding decide: (Theme.TextStyle) -> WarmUpDecision = { _ in .take }) {
        for step in warmUpSteps(layout: layout) {
            switch decide(step.text) {
            case .take: warmUp(context, engine: step.engine, format: format, text: step.text)
            case .leaveOut: continue
            case .end: return
            }
        }
    }

    /// A preparation's answer before the warm-up step of `text`: the end once the map is
    /// ready (`stopped`), the sizes of a map sized by a measure left out of other maps' warm-up.
    static func warmUpDecision(for text: Theme.TextStyle, stopped: Bool, sizedLabels: Bool) -> WarmUpDecision {
        if stopped { return .end }
        return !sizedLabels && Theme.sizedLabelStyles.contains(text) ? .leaveOut : .take
    }

    /// Whether the warm-up takes its next step (`warmUp(_:layout:format:deciding:)`).
    enum WarmUpDecision {
        /// Take the step.
        case take
        /// Leave this step out and go on.
        case leaveOut
        /// End the warm-up.
        case end
    }

    /// The one-node maps `warmUp` draws, in order: each engine `layout` may use with the
    /// actors' labels' text, then each other text style of the theme with the first engine.
    static func warmUpSteps(layout: LayoutEngine) -> [(engine: LayoutEngine, text: Theme.TextStyle)] {
        let engines: [LayoutEngine] = layout == .auto ? [.dot, .sfdp] : [layout]
        let labels = Theme.TextStyle(points: Theme.Points.label)
        return engines.map { ($0, labels) }
            + (Theme.textStyles + Theme.sizedLabelStyles).filter { $0 != labels }.map { (engines[0], $0) }
    }

    /// A one-node map with `engine`, written in `format`, whose label is in `text`'s size and
    /// weight of the theme's font.
    private static func warmUp(_ context: OpaquePointer, engine: LayoutEngine, format: RenderFormat, text: Theme.TextStyle) {
        var scene = Scene()
        scene.engine = engine
        scene.nodeDefaults = [Scene.Attribute(name: "fontname", value: Theme.fontName),
                              Scene.Attribute(name: "fontsize", value: "\(text.points)")]
        let label = text.bold ? Scene.Attribute(name: "label", value: "<B>x مع</B>", isHTML: true)
                              : Scene.Attribute(name: "label", value: "x مع")
        scene.nodes = [Scene.Node(name: "warm-up", cluster: nil, attributes: [label])]
        GraphvizLock.withLock {
            GraphvizMessages.shared.begin()
            _ = try? GraphvizRenderer.draw(scene, format: format, on: context, releasingMemory: true)
        }
    }
}

/// What `RenderEnvironment.prepare(layout:format:)` started on two threads: the check of
/// Graphviz's plugins and a warm-up on a context of its own on one, the check for the Arabic
/// font on the other. `finish()` ends the warm-up at its next step and waits for both.
///
/// With no `format` (`RenderEnvironment.prepareEarly()`), only the layout plugins are checked
/// and the warm-up writes SVG.
public final class RenderPreparation: @unchecked Sendable {
    // Written once on the worker thread before `done` is signalled, read only after waiting on it.
    private var result: Result<[Diagnostic], any Error> = .success([])
    private let done = DispatchSemaphore(value: 0)
    // Set by `finish()`: the warm-up ends at its next step; and whether it leaves out the
    // sizes of a map sized by a measure.
    private let stopping = NSLock()
    private var stopped = false
    private var sizedLabels: Bool

    // The font check, on a thread of its own: fontconfig reads its configuration and caches
    // while Graphviz loads its plugins (both take milliseconds), and the warm-up's text layout
    // finds fontconfig ready.
    private var fontWarnings: [Diagnostic] = []
    private let fontsChecked = DispatchSemaphore(value: 0)

    init(layout: LayoutEngine, format: RenderFormat?, sizedLabels: Bool = true, after earlier: RenderPreparation? = nil) {
        self.sizedLabels = sizedLabels
        DetachedThread.start {
            self.fontWarnings = RenderEnvironment.fontWarnings()
            self.fontsChecked.signal()
        }
        DetachedThread.start {
            // One preparation at a time: a later one finds the plugins and fonts loaded (and
            // words the same font check itself).
            _ = try? earlier?.finish()
            var fontsWaited = false
            self.result = Result {
                let context = try GraphvizLock.withLock {
                    GraphvizMessages.shared.begin()
                    defer { _ = GraphvizMessages.shared.drain() }
                    guard let context = gvContext() else {
                        throw StakeMapError(.environment, "Graphviz could not create a context", hint: GraphvizPlugins.fix)
                    }
                    do {
                        try GraphvizPlugins.require(context, engine: layout, format: format)
                    } catch {
                        gvFreeContext(context)
                        throw error
                    }
                    return context
                }
                self.fontsChecked.wait()
                fontsWaited = true
                let warnings = self.fontWarnings
                RenderEnvironment.warmUp(context, layout: layout, format: format ?? .svg) { text in
                    self.stopping.withLock {
                        RenderEnvironment.warmUpDecision(for: text, stopped: self.stopped, sizedLabels: self.sizedLabels)
                    }
                }
                // Every map is drawn on a new context of its own; this one is done.
                GraphvizLock.withLock { _ = gvFreeContext(context) }
                return warnings
            }
            // Ended by missing plugins: the font check still ends before the preparation does.
            if !fontsWaited { self.fontsChecked.wait() }
            self.done.signal()
        }
    }

    /// Tells the warm-up to leave out the sizes only a map sized by a measure uses.
    func leaveOutSizedLabels() {
        stopping.withLock { sizedLabels = false }
    }

    /// The warnings of the checks (a missing Arabic font), once they have finished. The
    /// warm-up ends at its next step: what it has not loaded, the map's layout loads.
    /// - Throws: `StakeMapError` `.environment` when Graphviz lacks a plugin the render needs.
    public func finish() throws -> [Diagnostic] {
        stopping.withLock { stopped = true }
        done.wait()
        done.signal()
        return try result.get()
    }
}
