import Foundation
import StakeMapAnalysis

/// Reads an edge list (`source,target[,weight]` per line; lines starting with `#` and a
/// `source,target` header ignored) into a network, interning ids in order of first appearance.
enum EdgeListReader {
    /// An edge list could not be read.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads `path`: one pass over the bytes; numeric ids are interned through an array,
    /// others through a dictionary.
    /// - Complexity: O(bytes) plus the network's construction, O(V + E log E).
    static func read(path: String, directed: Bool) throws -> Network {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read \(path)")
        }
        var ids = [String]()
        var numeric = [Int32]()
        var named = [String: Int32]()
        var edges = [NetworkEdge]()
        edges.reserveCapacity(data.count / 10)
        func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
            var value = 0, isNumber = end > start && end - start < 10
            for i in start..<end {
                let digit = Int(bytes[i]) - 48
                if digit < 0 || digit > 9 { isNumber = false; break }
                value = value * 10 + digit
            }
            if isNumber {
                if value >= numeric.count { numeric.append(contentsOf: repeatElement(-1, count: value + 1 - numeric.count)) }
                if numeric[value] >= 0 { return numeric[value] }
                numeric[value] = Int32(ids.count)
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            if !isNumber, let known = named[text] { return known }
            let position = Int32(ids.count)
            ids.append(text)
            if !isNumber { named[text] = position }
            return position
        }
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 13 { end -= 1 }
                defer { lineStart = lineEnd + 1 }
                if end == lineStart || bytes[lineStart] == 35 { continue }  // empty or '#'
                var commas = [Int]()
                for i in lineStart..<end where bytes[i] == 44 { commas.append(i) }
                guard let first = commas.first else { continue }
                let second = commas.count > 1 ? commas[1] : end
                if edges.isEmpty && ids.isEmpty && bytes[lineStart] == 115 { continue }  // "source,…" header
                var strength = 1.0
                if commas.count > 1 {
                    let field = String(decoding: UnsafeBufferPointer(rebasing: bytes[(second + 1)..<end]), as: UTF8.self)
                    strength = Double(field) ?? 1
                }
                let u = intern(bytes, lineStart, first), v = intern(bytes, first + 1, second)
                edges.append(NetworkEdge(source: u, target: v, strength: strength))
            }
        }
        return Network(ids: ids, edges: edges, directed: directed)
    }
}
