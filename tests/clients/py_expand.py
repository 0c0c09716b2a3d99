"""Reads an .ics file with Python icalendar + recurring-ical-events and prints every event's
occurrences as UTC instants (dates for all-day events). Usage: py_expand.py FILE [LIMIT]"""
import zoneinfo

zoneinfo.reset_tzpath(to=[])  # the PyPI tzdata package (2026f), never the host's older copy

import datetime as dt  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

import icalendar  # noqa: E402
import recurring_ical_events  # noqa: E402


def instant(value):
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise SystemExit(f"floating time {value}")
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def main():
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    out = {}
    for ev in cal.walk("VEVENT"):
        out[str(ev["UID"])] = {
            "summary": str(ev.get("SUMMARY")),
            "description": str(ev.get("DESCRIPTION")),
            "location": str(ev.get("LOCATION")),
            "status": str(ev.get("STATUS")),
            "url": str(ev.get("URL")),
            "conferences": [
                [c.params.get("LABEL"), str(c)]
                for c in (lambda v: v if isinstance(v, list) else [v] if v is not None else [])(ev.get("CONFERENCE"))
            ],
            "occurrences": [],
        }
    for occ in recurring_ical_events.of(cal).between((1970, 1, 1), (2045, 1, 1)):
        item = out[str(occ["UID"])]
        if len(item["occurrences"]) < limit:
            item["occurrences"].append([instant(occ["DTSTART"].dt), instant(occ["DTEND"].dt)])
    for item in out.values():
        item["occurrences"].sort()
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
