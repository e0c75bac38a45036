import ArgumentParser
import Foundation
import StakeMap
import StakeMapFormats
import StakeMapText

/// `stakemap import SHEET --into FILE`: merges a contacts spreadsheet into a network file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a contacts spreadsheet (.xlsx, or CSV from Excel, LibreOffice, Google Sheets, Kumu) into a network file.",
        discussion: """
        Columns are recognised by name in English, French or Arabic (Name/Nom/الاسم, \
        Organisation/الجهة, Role/Poste/المنصب, Country/Pays/البلد, Email, Phone, Notes, Tags, \
        Type …); other columns become custom fields. The separator (',' ';' or tab) and a \
        byte-order mark are handled. Countries become ISO codes; the organisation column finds or \
        adds the organisation and a works-for (or member-of) tie. A row naming an actor the network \
        already has (also in an included file) is merged, not duplicated; uncertain matches and \
        disagreements with the record are listed. Actors with an email or phone are restricted. \
        An Excel workbook (.xlsx) is read directly: its first sheet, or --sheet NAME; dates \
        become ISO dates (2024-03-14).

        Examples:
          stakemap import contacts.csv --into net.yaml --dry-run
          stakemap import contacts.csv --into net.yaml --merge-uncertain
          stakemap import contacts.xlsx --sheet "Libya mission" --into net.yaml
        """)

    @Argument(help: "The spreadsheet (.xlsx, .csv or .tsv).") var sheet: String
    @Option(name: .customLong("sheet"), help: "The sheet of an .xlsx workbook (default: the first).") var sheetName: String?
    @Option(help: "The network file that receives the contacts (created if missing).") var into: String
    @Flag(help: "Print what would be added; change nothing.") var dryRun = false
    @Flag(help: "Merge rows whose match is uncertain with their best candidate.") var mergeUncertain = false
    @Option(help: "Where sheet and record disagree: record (keep it, list the conflict) or sheet.") var prefer: String = "record"
    @Option(help: "The kind of rows without a Type column.") var kind: ActorKind = .person
    @Option(help: "The sensitivity of actors with an email or phone: public, restricted or confidential.") var contactSensitivity: String = "restricted"
    @OptionGroup var language: TextLanguageOptions

    func validate() throws {
        guard ["record", "sheet"].contains(prefer) else { throw ValidationError("--prefer is 'record' or 'sheet'") }
        guard Sensitivity(rawValue: contactSensitivity) != nil else {
            throw ValidationError("--contact-sensitivity '\(contactSensitivity)' is not public, restricted or confidential")
        }
    }

    func run() throws {
        let editor = NetworkFileEditor(root: into)
        Interruption.current.install()
        let progress = ProgressLine("importing \((self.sheet as NSString).lastPathComponent)")
        defer { progress.finish() }
        do {
            let sheet = try ContactSheet(path: self.sheet, sheet: sheetName)
            let text = (try? String(contentsOfFile: into, encoding: .utf8)) ?? ""
            let options = ContactImport.Options(mergeUncertain: mergeUncertain, preferSheet: prefer == "sheet", defaultKind: kind,
                                                contactSensitivity: Sensitivity(rawValue: contactSensitivity) ?? .restricted)
            var importer = ContactImporter(graph: try editor.current(), localIDs: SectionAppender(text: text, file: into).actorIDs,
                                           options: options)
            let result = importer.run(sheet)
            progress.finish()
            let words = language.words
            print(ImportText.mapping(result, sheet: sheet, words: words))
            if result.change.isEmpty {
                print(ImportText.summary(result, written: false, file: into, inSheet: sheet.sheetName != nil, words: words))
                return
            }
            let plan = try editor.plan(result.change)
            if !dryRun { try editor.write(plan) }
            print(ImportText.summary(result, written: !dryRun, file: into, inSheet: sheet.sheetName != nil, words: words))
            if dryRun {
                let updates = plan.updated.map { "  " + ImportText.update(id: $0.id, keys: $0.keys, words: words) }
                print((updates + plan.addedLines.map { "  " + $0 }).joined(separator: "\n"))
            }
        } catch {
            throw report(error)
        }
    }
}
