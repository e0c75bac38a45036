import Foundation
import Testing
@testable import StakeMap

/// The progress line's text, and that it stays silent when standard error is not a terminal.
@Suite("Progress line")
struct ProgressLineTests {
    @Test("phase, percentage and elapsed time")
    func text() {
        let line = ProgressLine("computing betweenness", enabled: false)
        #expect(line.text(elapsed: 2.04) == "stakemap: computing betweenness… 2.0 s")
        line.update("computing closeness", fraction: 0.5)
        #expect(line.text(elapsed: 3.0) == "stakemap: computing closeness…  50% 3.0 s")
        line.finish()
        line.finish()
    }
}
