"""Baseline: Python `icalendar` building the same feed actioncal serves for an import file.

    python python_icalendar.py ACTIONS.json [RUNS]

Reads the import file the benchmark generated (benches/generate.rs), builds one VCALENDAR with
every action (UID, DTSTAMP, CREATED, LAST-MODIFIED, SEQUENCE, SUMMARY, DESCRIPTION, LOCATION,
URL, STATUS, CLASS, GEO, CATEGORIES, RRULE, DTSTART/DTEND in the action's zone or as dates)
and the VTIMEZONEs it needs (icalendar's own `add_missing_timezones`), serialises it, and
prints the best of RUNS timings as JSON. Parsing the input file is not timed.
"""

import datetime as dt
import json
import sys
import time
import zoneinfo

from icalendar import Calendar, Event, vRecur

COUNTRY = {}  # filled lazily: the country code stands in for its name, as the data has no names


def build(data):
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
    campaigns = {c["slug"]: c["name"] for c in data["campaigns"]}
    cal = Calendar()
    cal.add("prodid", "-//baseline//python icalendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Actions worldwide")
    cal.add("name", "Actions worldwide")
    for i, e in enumerate(data["events"]):
        ev = Event()
        page = f"https://calendar.example.org/events/{i + 1}"
        ev.add("uid", e["uid"])
        ev.add("dtstamp", now)
        ev.add("last-modified", now)
        ev.add("created", now)
        ev.add("sequence", 0)
        ev.add("summary", e["title"])
        ev.add("description", e.get("description") or f"Details: {page}")
        ev.add("location", ", ".join(x for x in (e.get("venue"), e.get("city"), e.get("country")) if x))
        ev.add("url", page)
        ev.add("status", "CONFIRMED")
        if e.get("all_day"):
            start = dt.date.fromisoformat(e["start"])
            ev.add("dtstart", start)
            ev.add("dtend", start + dt.timedelta(days=1))
        else:
            tz = zoneinfo.ZoneInfo(e["timezone"])
            ev.add("dtstart", dt.datetime.fromisoformat(e["start"]).replace(tzinfo=tz))
            ev.add("dtend", dt.datetime.fromisoformat(e["end"]).replace(tzinfo=tz))
        if e.get("recurrence"):
            ev.add("rrule", vRecur.from_ical(e["recurrence"]))
        if "latitude" in e:
            ev.add("geo", (e["latitude"], e["longitude"]))
        ev.add("categories", [campaigns[c] for c in e.get("campaigns", [])] + e.get("tags", []))
        ev.add("class", "PUBLIC")
        cal.add_component(ev)
    cal.add_missing_timezones()
    return cal.to_ical()


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    best, body = None, b""
    for _ in range(runs):
        t = time.perf_counter()
        body = build(data)
        took = time.perf_counter() - t
        best = took if best is None else min(best, took)
    print(json.dumps({
        "tool": "python icalendar",
        "seconds": best,
        "events": len(data["events"]),
        "bytes": len(body),
        "vtimezones": body.count(b"BEGIN:VTIMEZONE"),
    }))


if __name__ == "__main__":
    main()
