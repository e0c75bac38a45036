import Foundation
import Testing

/// Under `--lang ar`, a command refuses to write over its input in Arabic, exits 2 and writes
/// nothing (the English refusal is `SafeOutputTests`').
@Suite("overwrite refusal in Arabic")
struct OverwriteRefusalArabicTests {
    /// A network of its own (no includes) in `scratch`, flattened from the Libya example.
    private func network(_ scratch: Scratch) throws -> String {
        let path = scratch.path("net.yaml")
        let result = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        return path
    }

    @Test("convert --lang ar over its input, leaving out what the audience may not see")
    func convertLeavesOut() throws {
        let scratch = Scratch()
        let path = try network(scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try StakeMapBinary.run(["convert", path, "-o", path, "--audience", "public", "--lang", "ar"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("خطأ: رُفضت الكتابة فوق الملف"), "\(result.stderr)")
        #expect(result.stderr.contains("إنه ملف الإدخال نفسه، والمُخرَج يحجب"), "\(result.stderr)")
        #expect(result.stderr.contains("لم يُكتب شيء، فاكتب إلى ملف آخر"), "\(result.stderr)")
        #expect(!result.stderr.contains("refusing"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("ego --lang ar -o its input: another kind of document")
    func egoOverInput() throws {
        let scratch = Scratch()
        let path = try network(scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try StakeMapBinary.run(["ego", path, "lwa", "-o", path, "--lang", "ar"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("إنه ملف الإدخال نفسه، والمُخرَج نوع آخر من المستندات"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
