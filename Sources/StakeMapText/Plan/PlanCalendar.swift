import StakeMapAnalysis

/// The plan as an RFC 5545 calendar: one draft VEVENT (STATUS:TENTATIVE) per proposed
/// meeting, all-day, one place per day from `startDay`, lines folded at 75 octets.
public enum PlanCalendar {
    /// The first day of the drafts: `start` when given, else the day after "today" (`plan.asOf`,
    /// else the real date) — drafts are never dated in the past of "today".
    public static func startDay(_ start: PartialDate?, plan: MissionPlan) -> Int {
        if let start { return start.firstDayNumber }
        let today = plan.asOf ?? Today.date
        return (today?.lastDayNumber ?? 0) + 1
    }

    /// The calendar of `plan` from `startDay` (days since 0001-01-01, as `PartialDate.firstDayNumber`).
    public static func render(_ plan: MissionPlan, words: PlanWords, startDay: Int) -> String {
        let w = words.wording
        let language = w.language == .en ? "" : ";LANGUAGE=\(w.language.rawValue)"
        let stamp = ICS.date(dayNumber: startDay) + "T000000Z"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//StakeMap//Mission plan//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + ICS.escape(w.calendarName(home: words.names(plan.home)))]
        var number = 0
        for (day, stop) in plan.itinerary.enumerated() {
            let first = startDay + day
            for meeting in stop.meetings {
                number += 1
                var description = [words.note(meeting, home: plan.home), w.purposeLine(meeting.purpose)]
                for id in meeting.targets {
                    guard let target = plan.targets.first(where: { $0.id == id }) else { continue }
                    if !target.path.isEmpty { description.append(w.routeLine(words.names(target.path))) }
                    if let last = target.lastMet {
                        description.append(w.calendarLastMet(date: last.date, by: words.names(last.by), sources: last.sources.map(\.description)))
                    }
                }
                description.append(w.phrase(.draft))
                lines += [
                    "BEGIN:VEVENT",
                    "UID:\(plan.home)-\(number)-\(meeting.with)@stakemap.invalid",
                    "DTSTAMP:\(stamp)",
                    "DTSTART;VALUE=DATE:\(ICS.date(dayNumber: first))",
                    "DTEND;VALUE=DATE:\(ICS.date(dayNumber: first + 1))",
                    "SUMMARY\(language):" + ICS.escape(w.calendarSummary(purpose: meeting.purpose, with: words.names(meeting.with))),
                ]
                if let place = meeting.place { lines.append("LOCATION:" + ICS.escape(place)) }
                lines += ["DESCRIPTION\(language):" + ICS.escape(description.joined(separator: "\n")), "STATUS:TENTATIVE",
                          "TRANSP:TRANSPARENT", "END:VEVENT"]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICS.fold).joined()
    }
}
