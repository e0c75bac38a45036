import Foundation

/// Finds keys given twice in one JSON object. Foundation's parser keeps the last silently, so
/// `"sensitivity": "confidential"` followed by `"sensitivity": "public"` would make a record public.
enum JSONDuplicateKeys {
    /// One duplicated key: its name and the byte offsets of both occurrences.
    struct Duplicate {
        let key: String
        let first: Int
        let second: Int
    }

    /// Every duplicated key of every object in `bytes` (valid JSON), in text order.
    /// - Complexity: O(bytes).
    static func find(in bytes: [UInt8]) -> [Duplicate] {
        var found: [Duplicate] = []
        // Per open container: nil for an array, else the keys seen with their offsets.
        var stack: [[String: Int]?] = []
        var expectingKey = false
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                let start = offset
                offset = endOfString(bytes, from: offset)
                if expectingKey, var keys = stack.last ?? nil {
                    let key = decodedKey(bytes[start...min(offset, bytes.count - 1)])
                    if let first = keys[key] {
                        found.append(Duplicate(key: key, first: first, second: start))
                    } else {
                        keys[key] = start
                    }
                    stack[stack.count - 1] = keys
                    expectingKey = false
                }
            case UInt8(ascii: "{"):
                stack.append([:])
                expectingKey = true
            case UInt8(ascii: "["):
                stack.append(nil)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                expectingKey = stack.last.map { $0 != nil } ?? false
            default:
                break
            }
            offset += 1
        }
        return found
    }

    /// The offset of the closing quote of the string opening at `start`.
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        var offset = start + 1
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "\\") {
                offset += 2
                continue
            }
            if bytes[offset] == UInt8(ascii: "\"") { return offset }
            offset += 1
        }
        return bytes.count
    }

    /// A key's text with its escapes decoded (so `"sens\u0069tivity"` is `sensitivity`).
    private static func decodedKey(_ literal: ArraySlice<UInt8>) -> String {
        guard literal.contains(UInt8(ascii: "\\")) else {
            return String(decoding: literal.dropFirst().dropLast(), as: UTF8.self)
        }
        let decoded = try? JSONSerialization.jsonObject(with: Data(literal), options: .fragmentsAllowed) as? String
        return decoded ?? String(decoding: literal, as: UTF8.self)
    }
}
