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

    /// Starts, on another thread, everything a render needs besides the network, to be
    /// collected with `RenderPreparation.finish()` once the network is loaded: the check of
    /// Graphviz's plugins, a one-node map laid out and written with the theme's fonts (so the
    /// layout and text plugins, fontconfig and pango are loaded when the real map is drawn),
    /// and the check for the Arabic font.
    public static func prepare(layout: LayoutEngine = .auto, format: RenderFormat = .svg) -> RenderPreparation {
        RenderPreparation(layout: layout, format: format)
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

    /// Lays out and writes a one-node map with the theme's fonts with each engine `layout` may
    /// use, so that Graphviz loads its plugins and fonts now; what it draws is dropped.
    static func warmUp(layout: LayoutEngine, format: RenderFormat) {
        let engines: [LayoutEngine] = layout == .auto ? [.dot, .sfdp] : [layout]
        for engine in engines {
            var scene = Scene()
            scene.engine = engine
            scene.nodeDefaults = [Scene.Attribute(name: "fontname", value: Theme.fontName)]
            scene.nodes = [Scene.Node(name: "warm-up", cluster: nil, attributes: [Scene.Attribute(name: "label", value: "x مع")])]
            _ = try? GraphvizRenderer.render(scene, format: format)
        }
    }
}

/// What `RenderEnvironment.prepare(layout:format:)` started; `finish()` waits for it.
public final class RenderPreparation: @unchecked Sendable {
    // Written once on the worker thread before `done` is signalled, read only after waiting on it.
    private var result: Result<[Diagnostic], any Error> = .success([])
    private let done = DispatchSemaphore(value: 0)

    init(layout: LayoutEngine, format: RenderFormat) {
        Thread.detachNewThread {
            self.result = Result {
                try RenderEnvironment.checkGraphviz(layout: layout, format: format)
                let warnings = RenderEnvironment.fontWarnings()
                RenderEnvironment.warmUp(layout: layout, format: format)
                return warnings
            }
            self.done.signal()
        }
    }

    /// The warnings of the checks (a missing Arabic font), once they have finished.
    /// - Throws: `StakeMapError` `.environment` when Graphviz lacks a plugin the render needs.
    public func finish() throws -> [Diagnostic] {
        done.wait()
        done.signal()
        return try result.get()
    }
}
