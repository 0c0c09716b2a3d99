"""Computes, independently of actioncal, the UTC instants of every occurrence of the events in
an import file, with Python's zoneinfo (PyPI tzdata) and dateutil. Usage: expected.py FILE [LIMIT]"""
import zoneinfo

zoneinfo.reset_tzpath(to=[])

import datetime as dt  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402

from dateutil import rrule  # noqa: E402

UTC = dt.timezone.utc


def local(text):
    """'2027-11-07T01:30' or '2027-11-07T01:30-05:00' -> (naive local, offset or None)."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d)(Z|[+-]\d\d:\d\d)?", text)
    naive = dt.datetime.fromisoformat(m.group(1))
    off = m.group(2)
    if off is None:
        return naive, None
    if off == "Z":
        return naive, dt.timedelta(0)
    sign = -1 if off[0] == "-" else 1
    return naive, sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[4:6]))


def to_utc(naive, zone, offset=None):
    if offset is not None:
        return (naive - offset).replace(tzinfo=UTC)
    # RFC 5545: a time in a gap takes the offset before the gap, a time in an overlap the first
    # instant; PEP 495 fold=0 does both.
    return naive.replace(tzinfo=zone, fold=0).astimezone(UTC)


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def rule_with_local_until(rule, zone, all_day):
    m = re.search(r"UNTIL=([0-9TZ]+)", rule)
    if not m:
        return rule
    raw = m.group(1)
    if all_day:
        until = dt.datetime.strptime(raw, "%Y%m%d").replace(hour=23, minute=59, second=59)
    else:
        until = dt.datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
    return rule.replace(raw, until.strftime("%Y%m%dT%H%M%S"))


def main():
    data = json.load(open(sys.argv[1]))
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    events = data["events"] if isinstance(data, dict) else data
    out = {}
    for e in events:
        zone = zoneinfo.ZoneInfo(e["timezone"])
        all_day = e.get("all_day", False)
        if all_day:
            start = dt.datetime.fromisoformat(e["start"])
            last = dt.datetime.fromisoformat(e.get("end", e["start"]))
            length = last - start + dt.timedelta(days=1)
        else:
            start, start_off = local(e["start"])
            end, end_off = local(e["end"])
            length_utc = to_utc(end, zone, end_off) - to_utc(start, zone, start_off)
            length = end - start  # every occurrence keeps the wall-clock length
        starts = [start]
        if e.get("recurrence"):
            rule = rule_with_local_until(e["recurrence"], zone, all_day)
            starts = list(rrule.rrulestr(rule, dtstart=start))[:limit] if ("COUNT" in rule or "UNTIL" in rule) else \
                list(rrule.rrulestr(rule + ";COUNT=%d" % limit, dtstart=start))
        occ = []
        for i, s in enumerate(starts):
            if all_day:
                occ.append([s.date().isoformat(), (s + length).date().isoformat()])
            elif i == 0:
                u = to_utc(s, zone, start_off)
                occ.append([fmt(u), fmt(u + length_utc)])
            else:
                occ.append([fmt(to_utc(s, zone)), fmt(to_utc(s + length, zone))])
        out[e["uid"]] = {"title": e["title"], "occurrences": occ}
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
