import Foundation
import Testing

/// `render` checks Graphviz's plugins and the Arabic font on another thread while the network
/// loads (fontconfig asked in-process); what it finds still reaches the user.
@Suite("Render environment")
struct RenderEnvironmentTests {
    /// A fontconfig configuration that lists no font folder: no font is installed.
    static func noFonts(in scratch: Scratch) -> String {
        scratch.write("fonts.conf", """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig><cachedir>\(scratch.path("cache"))</cachedir></fontconfig>
            """)
    }

    @Test("without the Arabic font the map is drawn and a warning says how to install it")
    func missingArabicFont() throws {
        let scratch = Scratch()
        let configuration = Self.noFonts(in: scratch)
        let output = scratch.path("map.svg")
        let result = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", output],
                                            environment: ["FONTCONFIG_FILE": configuration])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the font 'Noto Sans Arabic' is not installed; install it with 'apt-get install fonts-noto-core'"),
                "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test("the report's map is prepared while the network is analysed: without the Arabic font it warns too")
    func reportWithoutArabicFont() throws {
        let scratch = Scratch()
        let configuration = Self.noFonts(in: scratch)
        let output = scratch.path("report.html")
        let result = try StakeMapBinary.run(["report", "graphs/libya-wps.yaml", "-o", output], environment: ["FONTCONFIG_FILE": configuration])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the font 'Noto Sans Arabic' is not installed"), "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<svg"))
    }

    @Test("with the Arabic font installed there is no font warning")
    func arabicFontInstalled() throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", scratch.path("map.svg")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("font"), "\(result.stderr)")
    }

    @Test("without Graphviz's layout plugins nothing is written and the fix is named")
    func missingPlugins() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path("plugins"), withIntermediateDirectories: true)
        let output = scratch.path("map.svg")
        let result = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", output],
                                            environment: ["GVBINDIR": scratch.path("plugins")])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: Graphviz has no layout plugins (the 'dot' layout is missing); run 'libgvc6-config-update -c'"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("help, bad usage and a missing network end cleanly while Graphviz is being prepared")
    func endsWhilePreparing() throws {
        // `render` starts Graphviz's preparation before its arguments are read; every way the
        // command ends waits for it rather than exiting under a running Graphviz.
        let scratch = Scratch()
        let help = try StakeMapBinary.run(["render", "--help"])
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("USAGE: stakemap render"))
        let usage = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "--no-such-option"])
        #expect(usage.status == 64, "\(usage.stderr)")
        let missing = try StakeMapBinary.run(["render", scratch.path("missing.yaml"), "-o", scratch.path("map.svg")])
        #expect(missing.status == 1, "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("map.svg")))
    }
}
