/// A seedable random number generator (SplitMix64, Steele et al. 2014), so that randomized
/// algorithms such as Louvain are reproducible from a seed on every platform.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A Fisher–Yates shuffle of `0..<count` that is stable across Swift versions.
    /// - Complexity: O(count).
    public mutating func permutation(of count: Int) -> [Int32] {
        var items = (0..<count).map { Int32($0) }
        var i = count - 1
        while i > 0 {
            let j = Int(next() % UInt64(i + 1))
            items.swapAt(i, j)
            i -= 1
        }
        return items
    }
}
