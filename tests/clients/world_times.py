"""The same instant in several zones, computed with Python's zoneinfo (PyPI tzdata), as HH:MM and
the day shift against a home date. Usage: world_times.py UTC_INSTANT HOME_DATE ZONE..."""
import zoneinfo

zoneinfo.reset_tzpath(to=[])

import datetime as dt  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

at = dt.datetime.fromisoformat(sys.argv[1].replace("Z", "+00:00"))
home = dt.date.fromisoformat(sys.argv[2])
out = {}
for name in sys.argv[3:]:
    local = at.astimezone(zoneinfo.ZoneInfo(name))
    out[name] = [local.strftime("%H:%M"), (local.date() - home).days]
print(json.dumps(out))
