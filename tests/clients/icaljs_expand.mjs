// Reads an .ics file as Thunderbird does (ical.js), resolving TZIDs only through the file's own
// VTIMEZONEs, and prints every event's occurrences as UTC instants (dates for all-day events).
// Usage: node icaljs_expand.mjs FILE [LIMIT]
import fs from "node:fs";
import ICAL from "ical.js";

const [file, limitArg] = process.argv.slice(2);
const limit = Number(limitArg || 60);
const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));

ICAL.TimezoneService.reset(); // drops the built-in UTC/Z only; nothing else is known
for (const vtz of root.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
}

function instant(t) {
  if (t.isDate) return t.toString(); // YYYY-MM-DD
  const tzid = t.timezone || (t.zone && t.zone.tzid);
  if (tzid && tzid !== "UTC" && tzid !== "Z" && !ICAL.TimezoneService.has(tzid)) {
    throw new Error(`TZID ${tzid} has no VTIMEZONE in the file`);
  }
  if (t.zone === ICAL.Timezone.localTimezone) throw new Error(`floating time ${t}`);
  return new Date(t.toUnixTime() * 1000).toISOString().replace(".000Z", "Z");
}

const out = {};
for (const vevent of root.getAllSubcomponents("vevent")) {
  const ev = new ICAL.Event(vevent);
  const occurrences = [];
  if (ev.isRecurring()) {
    const it = ev.iterator();
    let next;
    while (occurrences.length < limit && (next = it.next())) {
      const d = ev.getOccurrenceDetails(next);
      occurrences.push([instant(d.startDate), instant(d.endDate)]);
    }
  } else {
    occurrences.push([instant(ev.startDate), instant(ev.endDate)]);
  }
  out[ev.uid] = {
    summary: ev.summary,
    description: ev.description,
    location: ev.location,
    status: vevent.getFirstPropertyValue("status"),
    sequence: ev.sequence,
    categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues()),
    url: vevent.getFirstPropertyValue("url"),
    conferences: vevent.getAllProperties("conference").map((p) => [p.getParameter("label") ?? null, p.getFirstValue()]),
    occurrences,
  };
}
process.stdout.write(JSON.stringify(out));
