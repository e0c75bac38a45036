import Foundation
import StakeMapAnalysis

/// The plan as an RFC 5545 calendar: one draft VEVENT (STATUS:TENTATIVE) per proposed
/// meeting, all-day, one place per day from `startDay` (days since 0001-01-01), lines folded at 75 octets.
enum PlanCalendar {
    static func render(_ plan: MissionPlan, graph: Graph, startDay: Int) -> String {
        func name(_ id: String) -> String { graph.actor(withID: id)?.displayName(in: "en") ?? id }
        let stamp = ICS.date(dayNumber: startDay) + "T000000Z"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//StakeMap//Mission plan//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + ICS.escape("Mission plan: \(name(plan.home)) (draft)")]
        var number = 0
        for (day, stop) in plan.itinerary.enumerated() {
            let first = startDay + day
            for meeting in stop.meetings {
                number += 1
                var description = [meeting.note, "Purpose: \(meeting.purpose.rawValue)."]
                for id in meeting.targets {
                    guard let target = plan.targets.first(where: { $0.id == id }) else { continue }
                    if !target.path.isEmpty { description.append("Route: " + target.path.map(name).joined(separator: " → ")) }
                    if let last = target.lastMet {
                        description.append("Last met: \(last.date?.description ?? "undated") by \(name(last.by))"
                                           + (last.sources.isEmpty ? "" : " [\(last.sources.map(\.description).joined(separator: ", "))]"))
                    }
                }
                description.append("Draft: confirm the date and venue.")
                lines += [
                    "BEGIN:VEVENT",
                    "UID:\(plan.home)-\(number)-\(meeting.with)@stakemap.invalid",
                    "DTSTAMP:\(stamp)",
                    "DTSTART;VALUE=DATE:\(ICS.date(dayNumber: first))",
                    "DTEND;VALUE=DATE:\(ICS.date(dayNumber: first + 1))",
                    "SUMMARY:" + ICS.escape("\(meeting.purpose == .askIntroduction ? "Ask for an introduction" : "Meeting"): \(name(meeting.with)) (draft)"),
                ]
                if let place = meeting.place { lines.append("LOCATION:" + ICS.escape(place)) }
                lines += ["DESCRIPTION:" + ICS.escape(description.joined(separator: "\n")), "STATUS:TENTATIVE",
                          "TRANSP:TRANSPARENT", "END:VEVENT"]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICS.fold).joined()
    }
}
