import ArgumentParser
import Foundation
import StakeMap
import StakeMapFormats

/// Loads the graph argument of a command, printing every problem and exiting 1 on failure.
func loadGraph(_ path: String) throws -> Graph {
    Interruption.current.install()
    let progress = ProgressLine("loading \((path as NSString).lastPathComponent)")
    defer { progress.finish() }
    do {
        let loaded = try GraphLoader.load(path: path)
        report(warnings: loaded.warnings)
        return loaded.graph
    } catch {
        throw report(error)
    }
}
