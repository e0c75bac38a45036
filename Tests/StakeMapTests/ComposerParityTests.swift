import Foundation
import Testing
import Yams
@testable import StakeMap

/// The libyaml-event composer gives the tree and the diagnostics that Yams' composer gave
/// (the reader's old path, kept here as the judge): same nodes, texts, styles and marks for
/// every real file, same located message for every kind of broken YAML.
@Suite("Composer parity with Yams")
struct ComposerParityTests {
    /// Every native file of graphs/ and seeds/, and every YAML or JSON fixture of the tests.
    static let files: [String] = {
        let root = repositoryRoot.path
        var files: [String] = []
        for folder in ["graphs", "seeds"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(folder)")) ?? []
            files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(root)/\(folder)/\($0)" }
        }
        if let walker = FileManager.default.enumerator(atPath: "\(root)/Tests") {
            for case let path as String in walker where path.contains("Fixtures/") && (path.hasSuffix(".yaml") || path.hasSuffix(".json")) {
                files.append("\(root)/Tests/\(path)")
            }
        }
        return files.sorted()
    }()

    static let broken: [String] = [
        "stakemap: 1\nactors:\n  - {id: a, kind: person\n",
        "stakemap: 1\nactors:\n\t- {id: a}\n",
        "stakemap: 1\ntitle: a: b\n",
        "stakemap: 1\nactors: [*nothing]\n",
        "stakemap: 1\n---\nstakemap: 1\n",
        "stakemap: 1\nstakemap: 2\n",
        "stakemap: 1\nactors:\n  - {id: a, id: b, kind: x, kind: y}\n",
        "stakemap: 1\nactors: [{id: a, \"id\": b}]\n",
        "stakemap: 1\nx: &a [1, 2]\ny: *a\nz: {q: 1, q: 2}\n",
        "stakemap: 1\nnote: \"unterminated\n",
        "stakemap: 1\nnote: 'ok'\n  bad: indentation\n",
        "stakemap: 1\nnote: \u{7}bell\n",
        "stakemap: 1\nactors: " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000) + "\n",
        "{\"stakemap\": 1, \"actors\": [{\"id\": \"a\", \"kind\": \"person\"},]\n",
        "{\"stakemap\": 1, \"actors\": [{\"id\": \"a\" \"kind\": \"person\"}]}\n",
        "%YAML 1.1\n%YAML 1.1\n---\nstakemap: 1\n",
    ]

    @Test("real files compose to the same tree", arguments: files)
    func sameTree(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let legacy = try #require(try Yams.compose(yaml: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, .basic))
        let node = try YAMLDocumentLoader.load(path: path)
        #expect(Self.shape(node) == Self.shape(legacy), "\(path)")
    }

    @Test("broken YAML gets the same located diagnostic", arguments: broken)
    func sameDiagnostic(yaml: String) throws {
        let files = TestFiles()
        let path = files.write("broken.yaml", yaml)
        let new = try #require(throws: StakeMapError.self) { _ = try YAMLDocumentLoader.load(path: path) }
        #expect(new.diagnostics == [Self.legacyDiagnostic(yaml, path: path)])
    }

    /// A text rendering of a composed tree: kind, text, style and mark of every node.
    static func shape(_ node: YAMLNode) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? ""
        switch node {
        case let .scalar(scalar): return "s\(scalar.style.rawValue)\(mark)\(scalar.string.debugDescription)"
        case let .sequence(items): return "[\(mark)" + items.map(shape).joined(separator: ",") + "]"
        case let .mapping(pairs): return "{\(mark)" + pairs.map { shape($0.key) + ":" + shape($0.value) }.joined(separator: ",") + "}"
        }
    }

    static func shape(_ node: Yams.Node) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? ""
        switch node {
        case let .scalar(scalar): return "s\(scalar.style.rawValue)\(mark)\(scalar.string.debugDescription)"
        case let .sequence(items): return "[\(mark)" + items.map(shape).joined(separator: ",") + "]"
        case let .mapping(pairs): return "{\(mark)" + pairs.map { shape($0.key) + ":" + shape($0.value) }.joined(separator: ",") + "}"
        case let .alias(alias): return "*\(alias)"
        }
    }

    /// What the reader said for a Yams error before the composer replaced Yams (its old code).
    static func legacyDiagnostic(_ yaml: String, path: String) -> Diagnostic? {
        do {
            _ = try Yams.compose(yaml: yaml, .basic)
            return nil
        } catch let error as YamlError {
            func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
                let detail = context.map { " (\($0.text))" } ?? ""
                return Diagnostic(.error, at: SourceLocation(file: path, line: mark.line, column: mark.column),
                                  "YAML syntax: \(problem)\(detail)", hint: YAMLSyntaxError.hint(problem))
            }
            switch error {
            case let .scanner(context, problem, mark, _): return located(mark, problem, context)
            case let .parser(context, problem, mark, _): return located(mark, problem, context)
            case let .composer(context, problem, mark, _): return located(mark, problem, context)
            case let .duplicatedKeysInMapping(duplicates, context):
                return Diagnostic(.error, at: SourceLocation(file: path, line: context.mark.line, column: context.mark.column),
                                  "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                                  hint: "each key may appear once; merge the two values")
            case let .reader(problem, offset, _, yaml):
                var location = SourceLocation(file: path, line: 1, column: 1)
                if let offset {
                    let lines = yaml.utf8.prefix(offset).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                    location = SourceLocation(file: path, line: lines.count, column: (lines.last?.count ?? 0) + 1)
                }
                return Diagnostic(.error, at: location, "cannot read the text: \(problem)")
            default:
                return nil
            }
        } catch {
            return nil
        }
    }
}
