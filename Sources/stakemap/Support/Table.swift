import Foundation
import StakeMapFormats

/// A result table printed as aligned text, CSV or Markdown.
struct Table {
    /// Column headers.
    var headers: [String]
    /// Rows of cells, each as many as `headers`.
    var rows: [[String]]
    /// Columns to right-align (numbers).
    var numericColumns: Set<Int> = []
    /// The widest a cell may be in the aligned text form (longer cells end in "…"); CSV,
    /// Markdown and JSON keep every character.
    var maximumCellWidth = 64

    /// The table in `format` (`json` is the command's own business and falls back to CSV here).
    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: aligned()
        case .csv, .json: CSVText.render([headers] + rows)
        case .md: markdown()
        }
    }

    private func aligned() -> String {
        let rows = self.rows.map { $0.map { clipped(TerminalEscaping.escaped($0)) } }
        let headers = self.headers.map(TerminalEscaping.escaped)
        var widths = headers.map(displayWidth)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], displayWidth(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - displayWidth(cell)))
                if column == cells.count - 1 && !numericColumns.contains(column) { return cell }
                return numericColumns.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    private func clipped(_ cell: String) -> String {
        let flat = cell.replacingOccurrences(of: "\n", with: " ")
        guard displayWidth(flat) > maximumCellWidth else { return flat }
        var result = ""
        for character in flat {
            if displayWidth(result + String(character)) >= maximumCellWidth { break }
            result.append(character)
        }
        // An isolate (FSI, LRI, RLI) cut before its end is closed after the ellipsis, so that
        // it does not run on into the next cells of the line.
        var open = 0
        for scalar in result.unicodeScalars {
            if (0x2066...0x2068).contains(scalar.value) { open += 1 } else if scalar.value == 0x2069, open > 0 { open -= 1 }
        }
        return result + "…" + String(repeating: "\u{2069}", count: open)
    }

    private func markdown() -> String {
        func escape(_ cell: String) -> String { MarkdownEscaping.escaped(cell) }
        let header = "| " + headers.map(escape).joined(separator: " | ") + " |"
        let rule = "|" + headers.indices.map { numericColumns.contains($0) ? " ---: |" : " --- |" }.joined()
        let body = rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        return ([header, rule] + body).joined(separator: "\n") + "\n"
    }
}

/// The number of terminal columns a string takes (combining marks take none).
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: width
        default: width + (scalar.properties.isEmojiPresentation || (0x1100...0x115F).contains(scalar.value)
                          || (0x2E80...0xA4CF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
                          || (0xFF00...0xFF60).contains(scalar.value) ? 2 : 1)
        }
    }
}
