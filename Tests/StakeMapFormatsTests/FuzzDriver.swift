import Foundation
import StakeMapFormats

/// An in-process mutation fuzzer over the readers (the same oracle as the libFuzzer targets in
/// Fuzz/, see scripts/fuzz): a reader may refuse an input only with located diagnostics, and what
/// it accepts must write as a native file that the native reader accepts. A crash stops the test
/// process, so the input is written to `STAKEMAP_FUZZ_FINDINGS` (or a temporary folder) first.
struct FuzzDriver {
    /// The repository root (for seeds).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }

    /// Fragments that reach the readers' corners.
    static let dictionary: [[UInt8]] = [
        "<!DOCTYPE x [<!ENTITY e \"x\">]>", "&e;", "&#0;", "&#x110000;", "<?pi \" ?>", "<!--", "-->", "<![CDATA[", "]]>",
        "\"", "'", "<", ">", "&", "\u{202E}", "\r", "\n", "\t", ",", "\"\"", ":", "{", "}", "[", "]", "- ", "*a", "&a ", "!!binary",
        "sensitivity", "confidential", "public", "gender", "woman", "kind", "person", "organization", "include", "id", "source", "target",
        "<data key=\"d0\">", "</data>", "<node id=\"x\">", "</node>", "<edge source=\"x\" target=\"x\"/>", "<attvalue for=\"0\" value=\"x\"/>",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0x00], [0xEF, 0xBB, 0xBF]]

    /// One mutant of `seed`: 1–4 edits (flip, insert, delete, duplicate, splice a dictionary word).
    mutating func mutate(_ seed: [UInt8]) -> [UInt8] {
        var bytes = seed
        for _ in 0...below(4) {
            let position = below(bytes.count + 1)
            switch below(6) {
            case 0 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] ^= UInt8(1 << below(8))
            case 1: bytes.insert(UInt8(below(256)), at: position)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, position + 1 + below(16))
                bytes.removeSubrange(min(position, end)..<end)
            case 3 where !bytes.isEmpty:
                let start = below(bytes.count)
                let end = min(bytes.count, start + 1 + below(64))
                bytes.insert(contentsOf: bytes[start..<end], at: position)
            default: bytes.insert(contentsOf: Self.dictionary[below(Self.dictionary.count)], at: position)
            }
        }
        return bytes
    }

    /// The oracle: nil when the reader behaved on the file at `path`, else what went wrong.
    static func check(_ path: String) -> String? {
        let loaded: LoadedGraph
        do {
            loaded = try GraphLoader.load(path: path)
        } catch {
            return error.diagnostics.isEmpty ? "refused without a diagnostic" : nil
        }
        do {
            _ = try NativeReader().read(text: try NativeWriter().write(GraphExporter.nativeTies(of: loaded.graph).graph), name: "roundtrip.yaml")
        } catch {
            return "accepted, but its native form does not validate: \(error)"
        }
        return nil
    }

    /// Where a finding is kept (before it is tried, so that a crash leaves it behind).
    static let findings: URL = {
        let folder = ProcessInfo.processInfo.environment["STAKEMAP_FUZZ_FINDINGS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-fuzz-findings")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()
}
