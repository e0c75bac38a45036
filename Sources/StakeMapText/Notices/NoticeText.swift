import StakeMap
import StakeMapFormats

/// The notices of commands in words: what an output for an audience leaves out, and what was
/// written where.
public enum NoticeText {
    /// The one-line notice of what an output for `audience` leaves out, or nil when nothing is.
    /// English states every count ("1 actor, 2 ties, 0 events and 1 source", as
    /// `AudienceOmission.notice` does); Arabic names only what is left out ("جهة واحدة وعلاقتان").
    public static func omission(_ omission: AudienceOmission, audience: Audience, words: Words) -> String? {
        guard !omission.isEmpty else { return nil }
        return words(.omission, ["audience": .text(words.name(of: audience)), "counts": counts(omission, words: words),
                                 "keep": .text(omission.keepingAudience.rawValue)])
    }

    /// "wrote map.svg: 45 nodes, 60 edges, dot layout".
    public static func wroteMap(_ file: String, nodes: Int, edges: Int, layout: String, words: Words) -> String {
        words(.wroteMap, ["file": path(file, words), "nodes": .count(nodes, .node),
                          "edges": words.language == .en ? .text(English.count(edges, "edge")) : .count(edges, .link),
                          "layout": words.language == .en ? .text(layout) : .id(layout)])
    }

    /// "wrote report.html: 45 actors, audience public" (and "(no map)").
    public static func wroteReport(_ file: String, actors: Int, audience: Audience, hasMap: Bool, words: Words) -> String {
        words(hasMap ? .wroteReport : .wroteReportNoMap,
              ["file": path(file, words), "actors": .count(actors, .actor), "audience": .text(words.name(of: audience))])
    }

    /// "added to net.yaml:", or with `dryRun` "would add to net.yaml:".
    public static func added(to file: String, dryRun: Bool, words: Words) -> String {
        words(dryRun ? .wouldAdd : .added, ["file": path(file, words)])
    }

    /// Why the centrality `measure` (`eigenvector`, `pagerank`, …) has no values: its iteration
    /// did not converge (with `error: ` before it).
    public static func didNotConverge(_ measure: String, words: Words) -> String {
        let message: String
        switch measure {
        case "eigenvector": message = words(.eigenvectorDidNotConverge)
        case "pagerank": message = words(.pageRankDidNotConverge)
        default: message = words(.measureDidNotConverge, ["measure": .text(words(CommandMessage.measureName(measure)))])
        }
        return words(.errorPrefix) + message
    }

    /// The error line of a refused write over an input (`InputGuard`), with its hint: in
    /// English, `OverwriteRefusal.error`'s line.
    public static func overwriteRefusal(_ refusal: OverwriteRefusal, words: Words) -> String {
        let role = refusal.include.map { words(.overwriteAnInclude, ["file": path($0, words)]) } ?? words(.overwriteTheInput)
        let loss: String
        switch refusal.loss {
        case .anotherKindOfDocument: loss = words(.overwriteAnotherKind)
        case let .leavesOut(omission):
            loss = words(.overwriteLeavesOut, ["counts": counts(omission, words: words), "keep": .text(omission.keepingAudience.rawValue)])
        case .formatCannotHold: loss = words(.overwriteFormatCannotHold)
        case .anotherFormat: loss = words(.overwriteAnotherFormat)
        case .readerWarned: loss = words(.overwriteReaderWarned)
        }
        return words(.errorPrefix) + words(.overwriteRefused, ["file": path(refusal.path, words), "role": .worded(role), "loss": .worded(loss)])
            + words(.hintSeparator) + words(.overwriteHint)
    }

    /// What an omission leaves out, counted: every count in English (as `AudienceOmission.counts`),
    /// the counts above zero in Arabic.
    private static func counts(_ omission: AudienceOmission, words: Words) -> TextValue {
        let counts: [(Int, Noun)] = [(omission.actors, .actor), (omission.ties, .tie), (omission.events, .event), (omission.sources, .source)]
        let shown = words.language == .en ? counts : counts.filter { $0.0 > 0 }
        return .list(shown.map { TextValue.count($0.0, $0.1) })
    }

    /// A file name: isolated in a right-to-left sentence, as typed in English.
    private static func path(_ file: String, _ words: Words) -> TextValue {
        words.language.isRightToLeft ? .id(file) : .text(file)
    }
}
