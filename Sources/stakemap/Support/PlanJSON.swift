import Foundation
import StakeMapAnalysis

/// The plan in the stable JSON shape: `{"home", "targets": [{"id", "status", "path", "last_met"}],
/// "itinerary": [...]}` plus intermediaries, deferred meetings and the gaps.
enum PlanJSON {
    static func render(_ plan: MissionPlan, context name: (String) -> String) -> String {
        func meeting(_ m: ProposedMeeting) -> [String: Any] {
            ["with": m.with, "name": name(m.with), "purpose": m.purpose.rawValue, "targets": m.targets,
             "via": jsonValue(m.via), "place": jsonValue(m.place), "place_basis": m.placeBasis.rawValue, "note": m.note]
        }
        let targets = plan.targets.map { t -> [String: Any] in
            var last: Any = NSNull()
            if let m = t.lastMet {
                last = ["by": m.by, "date": jsonValue(m.date?.description), "place": jsonValue(m.place),
                        "event": jsonValue(m.event), "sources": m.sources.map(\.description)] as [String: Any]
            }
            return ["id": t.id, "name": name(t.id), "status": t.status.rawValue, "holder": jsonValue(t.holder),
                    "path": t.path, "steps": t.steps, "cost": t.cost.map { $0 as Any } ?? NSNull(),
                    "last_met": jsonValue(t.lastMet?.date?.description), "last_meeting": last,
                    "opened_by": jsonValue(t.openedBy), "place": jsonValue(t.place), "place_basis": t.placeBasis.rawValue,
                    "alternatives": t.alternatives.map { ["actors": $0.actors, "cost": $0.cost] as [String: Any] }]
        }
        let encoded = Data(((try? GapsOutput.json(plan.gaps)) ?? "{}").utf8)
        let findings = ((try? JSONSerialization.jsonObject(with: encoded)) as? [String: Any])?["findings"] ?? []
        let object: [String: Any] = [
            "home": plan.home, "as_of": jsonValue(plan.asOf?.description), "targets": targets,
            "intermediaries": plan.intermediaries.map { ["id": $0.id, "opens": $0.opens, "reason": $0.reason] as [String: Any] },
            "itinerary": plan.itinerary.map { ["place": jsonValue($0.place), "meetings": $0.meetings.map(meeting)] as [String: Any] },
            "deferred": plan.deferred.map(meeting),
            "gaps": findings,
        ]
        return jsonText(object) + "\n"
    }
}
