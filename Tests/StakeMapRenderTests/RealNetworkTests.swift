import Foundation
import Testing
@testable import StakeMapRender

/// The flagship network, graphs/libya-wps.yaml, read with the native reader and rendered.
@Suite("Real network")
struct RealNetworkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let libya = root.appendingPathComponent("graphs/libya-wps.yaml").path

    static func load() throws -> Graph? {
        guard FileManager.default.fileExists(atPath: libya) else { return nil }
        return try NativeReader().read(path: libya).graph
    }

    @Test("every visible actor of the Libya network is on the map, nothing withheld is",
          arguments: [Audience.public, .internal])
    func libyaNetwork(audience: Audience) throws {
        guard let graph = try RealNetworkTests.load() else { return }
        let document = try svg(graph, RenderOptions(language: .both, audience: audience))
        for actor in graph.actors {
            let present = document.groups["actor-\(actor.id)"] != nil
            #expect(present == audience.canSee(actor.sensitivity), "\(actor.id)")
        }
        for format in [RenderFormat.svg, .dot] {
            let map = try MapRenderer.render(graph, options: RenderOptions(format: format, language: .both, audience: audience))
            for actor in graph.actors where !audience.canSee(actor.sensitivity) {
                for secret in [actor.id] + actor.allNames + [actor.note].compactMap({ $0 }) where secret.count > 3 {
                    #expect(map.data.range(of: Data(secret.utf8)) == nil, "\(secret) leaked into \(format)")
                }
            }
        }
    }

    /// Writes the Libya map in every format and layout to `$STAKEMAP_RENDER_GALLERY` for a
    /// person to look at; does nothing when the variable is unset.
    @Test("gallery for visual review")
    func gallery() throws {
        guard let folder = ProcessInfo.processInfo.environment["STAKEMAP_RENDER_GALLERY"],
              let graph = try RealNetworkTests.load() else { return }
        for layout in [LayoutEngine.dot, .neato, .fdp] {
            for format in [RenderFormat.png, .svg] {
                let start = Date()
                let map = try MapRenderer.render(graph, options: RenderOptions(format: format, layout: layout, language: .both))
                let path = "\(folder)/libya-\(layout.rawValue).\(format.rawValue)"
                try map.data.write(to: URL(fileURLWithPath: path))
                print("\(path): \(String(format: "%.2f", Date().timeIntervalSince(start))) s, warnings: \(map.warnings)")
            }
        }
    }
}
