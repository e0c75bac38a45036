import CGraphvizNumber
import Foundation
import Testing

/// StakeMap's writer of Graphviz's coordinates (CGraphvizNumber) against the C library's
/// `snprintf("%.02f")` with Graphviz 2.42's trimming, on the numbers where rounding is hard.
@Suite("Graphviz number writer")
struct GraphvizNumberTests {
    private func fast(_ number: Double) -> String {
        var text = [CChar](repeating: 0, count: Int(SMAP_GRAPHVIZ_NUMBER_CAPACITY))
        let length = smap_graphviz_number(number, &text)
        return String(decoding: text[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func printed(_ number: Double) -> String {
        var text = [CChar](repeating: 0, count: Int(SMAP_GRAPHVIZ_NUMBER_CAPACITY))
        let length = smap_graphviz_number_printf(number, &text)
        return String(decoding: text[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    @Test("what Graphviz 2.42 prints: two decimals, ties to even, no trailing zeros, near zero as 0")
    func knownTexts() {
        let expected: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (1e-9, "0"), (-1e-9, "0"), (-0.001, "-0"), (0.004, "0"),
            (0.125, "0.12"), (0.375, "0.38"), (-0.125, "-0.12"), (2.5, "2.5"), (100, "100"),
            (-3.1, "-3.1"), (12.345678, "12.35"), (1234567.891, "1234567.89"), (0.995, "0.99"),
        ]
        for (number, text) in expected {
            #expect(fast(number) == text, "\(number)")
            #expect(printed(number) == text, "\(number)")
        }
    }

    /// A seeded generator, so that a failure names numbers that fail again.
    private struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
    }

    @Test("the same text as snprintf on a million numbers, ties and their neighbours included")
    func sameAsPrintf() {
        var generator = SplitMix64(seed: 0x5EED_2026)
        var numbers: [Double] = [.infinity, -.infinity, .nan, 1e13, -1e13, 9_999_999_999_999.99, 1e300, 1e-8, -1e-8,
                                 Double.leastNonzeroMagnitude, 0.005, -0.005, 0.015, 1.005, 1.015, 2.675]
        for index in 0..<1_000_000 {
            let number: Double
            switch index % 5 {
            case 0: number = Double.random(in: -5_000...5_000, using: &generator)
            case 1: number = Double(Int.random(in: -4_000_000...4_000_000, using: &generator)) / 8 / Double(1 << Int.random(in: 0...7, using: &generator))
            case 2: number = Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 1_000
            case 3: number = Double.random(in: -1...1, using: &generator) * pow(10, Double(Int.random(in: -12...14, using: &generator)))
            default:
                let tie = Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 200
                number = Bool.random(using: &generator) ? tie.nextUp : tie.nextDown
            }
            numbers.append(number)
        }
        var different: [Double] = []
        for number in numbers where fast(number) != printed(number) {
            different.append(number)
            if different.count == 10 { break }
        }
        #expect(different.isEmpty, "\(different.map { "\($0): \(fast($0)) vs \(printed($0))" })")
    }
}
