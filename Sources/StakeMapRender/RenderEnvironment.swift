import Foundation
internal import CGraphviz

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

    /// Starts the font half of `check(layout:format:)` in the background (`fc-list` takes
    /// about a tenth of a second to start and answer), to be collected with `FontCheck.warnings()`.
    public static func startFontCheck() -> FontCheck { FontCheck() }

    /// A warning when `fc-list` does not list the Arabic font family.
    static func fontWarnings() -> [Diagnostic] {
        let fix = "install it with 'apt-get install fonts-noto-core' (Arabic labels would show as empty boxes)"
        guard let families = listFontFamilies(matching: arabicFontFamily) else {
            return [Diagnostic(.warning, at: nil, "could not check for the font '\(arabicFontFamily)' (fc-list did not run)",
                               hint: fix)]
        }
        guard families.contains(where: { $0.split(separator: ",").contains { $0 == arabicFontFamily } }) else {
            return [Diagnostic(.warning, at: nil, "the font '\(arabicFontFamily)' is not installed", hint: fix)]
        }
        return []
    }

    /// The family lines `fc-list :family=NAME family` prints, or nil when it cannot run.
    private static func listFontFamilies(matching family: String) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["fc-list", ":family=\(family)", "family"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

/// A font check running on another thread; `warnings()` waits for it.
public final class FontCheck: @unchecked Sendable {
    // Written once on the worker thread before `done` is signalled, read only after waiting on it.
    private var result: [Diagnostic] = []
    private let done = DispatchSemaphore(value: 0)

    init() {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = RenderEnvironment.fontWarnings()
            self.done.signal()
        }
    }

    /// The warnings of the check (a missing Arabic font), once it has finished.
    public func warnings() -> [Diagnostic] {
        done.wait()
        done.signal()
        return result
    }
}
