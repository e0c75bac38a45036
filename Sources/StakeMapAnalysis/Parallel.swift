import Dispatch
import Foundation

/// Splits independent work (Brandes' sources, BFS roots) over all cores.
enum Parallel {
    /// The number of workers to use: one per active core.
    static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `body(worker)` for `worker` in `0..<workers` concurrently and returns the results in
    /// worker order. Each worker allocates its scratch memory once, inside `body`.
    /// - Complexity: the cost of the slowest worker.
    static func map<Result: Sendable>(workers: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard workers > 1 else { return [body(0)] }
        let slots = Slots<Result>(count: workers)
        defer { slots.release() }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            slots.store(body(worker), at: worker)
        }
        return slots.values()
    }

    /// Sums per-node vectors element-wise, in worker order (deterministic for a worker count).
    /// - Complexity: O(workers × count).
    static func sum(_ parts: [[Double]], count: Int) -> [Double] {
        var total = [Double](repeating: 0, count: count)
        for part in parts {
            for index in 0..<count { total[index] += part[index] }
        }
        return total
    }

    /// The worker count for `items` independent items: at most one worker per item.
    static func workers(for items: Int) -> Int { max(1, min(workerCount, items)) }
}

/// One result slot per worker; each worker writes only its own slot, so no two threads touch
/// the same memory.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    func store(_ value: Value, at index: Int) { storage[index] = value }

    func values() -> [Value] { storage.compactMap { $0 } }

    func release() { storage.deinitialize().deallocate() }
}
