/// The gender lens: the share of women among the decision-makers reached (persons with
/// influence 4 or more, or holding a post), with the ones whose gender is not recorded.
///
/// "Reached" means met by the coalition with a home, by anyone without.
/// - Complexity: O(n + Σ contacts of the coalition).
public struct GenderLensDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `gender-lens`.
    public var name: String { "gender-lens" }

    /// One finding summarising who is in the room, when any decision-maker was reached.
    public func findings(in context: GapContext) -> [GapFinding] {
        let deciders = context.graph.actors.map(\.id).filter(context.isDecisionMaker)
        let reached = deciders.filter { id in
            context.home != nil ? !context.coalitionContacts(with: id).isEmpty && !context.isInCoalition(id)
                : !context.contacts.contacts(of: id).isEmpty
        }
        guard !reached.isEmpty else { return [] }
        func gender(_ id: String) -> Gender? { context.graph.actor(withID: id)?.gender }
        let women = reached.filter { gender($0) == .woman }, men = reached.filter { gender($0) == .man }
        let other = reached.filter { gender($0) == .other }, unknown = reached.filter { gender($0) == nil }
        let known = reached.count - unknown.count
        let share = known > 0 ? Double(women.count) / Double(known) : 0
        var parts = ["\(women.count) \(women.count == 1 ? "is a woman" : "are women")" + (women.isEmpty ? "" : " (\(context.names(women)))")]
        if !men.isEmpty { parts.append("\(men.count) \(men.count == 1 ? "a man" : "men") (\(context.names(men)))") }
        if !other.isEmpty { parts.append("\(other.count) of another gender") }
        if !unknown.isEmpty { parts.append("\(unknown.count) not recorded (\(context.names(unknown)))") }
        let who = context.home.map { context.name($0) + " has" } ?? "anyone has"
        let notReachedWomen = deciders.filter { !reached.contains($0) && gender($0) == .woman && !context.isInCoalition($0) }
        var suggestion = [String]()
        if !unknown.isEmpty { suggestion.append("Record the gender of \(context.names(unknown)) so the count is complete.") }
        if share < 0.5 && !notReachedWomen.isEmpty {
            suggestion.append("Seek out women decision-makers not yet met: \(context.names(Array(notReachedWomen.prefix(4)))).")
        } else if share < 0.5 {
            suggestion.append("Ask the people you meet to bring women from their delegations, and look for women decision-makers to add.")
        } else {
            suggestion.append("Keep the balance: when holders rotate, check that women remain among the decision-makers you meet.")
        }
        let evidence = reached.map { id in
            context.evidence(actor: id, "\(context.name(id)): \(gender(id)?.rawValue ?? "gender not recorded")"
                             + (context.graph.actor(withID: id)?.influence.map { ", influence \($0)" } ?? ""))
        }
        return [GapFinding(
            detector: name, severity: known > 0 && share < 1.0 / 3 ? .medium : .low, actors: reached,
            message: "Of the \(GapText.count(reached.count, "decision-maker")) \(who) met, " + GapText.list(parts)
                + (known > 0 ? String(format: " — %.0f%% women where recorded.", share * 100) : "."),
            suggestion: suggestion.joined(separator: " "), evidence: evidence)]
    }
}
