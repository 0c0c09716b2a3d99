// Baseline: Node `ical-generator` building the same feed actioncal serves for an import file.
//
//     node ical_generator.mjs ACTIONS.json [RUNS]
//
// Same properties as python_icalendar.py; VTIMEZONEs come from @touch4it/ical-timezones, the
// generator ical-generator's documentation recommends. Prints the best of RUNS as JSON; reading
// the input file is not timed.
import { readFileSync } from 'node:fs';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventClass } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';

const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const runs = Number(process.argv[3] || 3);
const campaigns = new Map(data.campaigns.map((c) => [c.slug, c.name]));
const now = new Date('2026-11-23T12:00:00Z');

function build() {
  const cal = ical({
    prodId: '//baseline//ical-generator//EN',
    name: 'Actions worldwide',
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  data.events.forEach((e, i) => {
    const page = `https://calendar.example.org/events/${i + 1}`;
    const ev = {
      id: e.uid,
      stamp: now,
      created: now,
      lastModified: now,
      sequence: 0,
      summary: e.title,
      description: e.description || `Details: ${page}`,
      location: [e.venue, e.city, e.country].filter(Boolean).join(', '),
      url: page,
      status: ICalEventStatus.CONFIRMED,
      class: ICalEventClass.PUBLIC,
      categories: [...(e.campaigns || []).map((c) => ({ name: campaigns.get(c) })), ...(e.tags || []).map((t) => ({ name: t }))],
    };
    if (e.all_day) {
      ev.allDay = true;
      ev.start = new Date(`${e.start}T00:00:00Z`);
      ev.end = new Date(ev.start.getTime() + 86400000);
    } else {
      // Floating wall time plus the zone: ical-generator writes DTSTART;TZID=zone:local time.
      ev.start = e.start + ':00';
      ev.end = e.end + ':00';
      ev.timezone = e.timezone;
    }
    if (e.recurrence) ev.repeating = `RRULE:${e.recurrence}`;
    if (e.latitude !== undefined) ev.location = { title: ev.location, geo: { lat: e.latitude, lon: e.longitude } };
    cal.createEvent(ev);
  });
  return cal.toString();
}

let best = Infinity;
let body = '';
for (let r = 0; r < runs; r++) {
  const t = process.hrtime.bigint();
  body = build();
  best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
}
console.log(JSON.stringify({
  tool: 'ical-generator',
  seconds: best,
  events: data.events.length,
  bytes: Buffer.byteLength(body),
  vtimezones: body.split('BEGIN:VTIMEZONE').length - 1,
}));
