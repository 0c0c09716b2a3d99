"""Reads an Atom document with feedparser and prints what a feed reader sees, or fails when the
document is not well-formed Atom. Usage: atom_check.py FILE"""
import json
import sys

import feedparser

doc = feedparser.parse(open(sys.argv[1], "rb").read())
if doc.bozo:
    raise SystemExit(f"not well-formed: {doc.bozo_exception}")
print(json.dumps({
    "version": doc.version,
    "title": doc.feed.get("title"),
    "id": doc.feed.get("id"),
    "self": [l["href"] for l in doc.feed.get("links", []) if l.get("rel") == "self"],
    "entries": [
        {"id": e.get("id"), "title": e.get("title"), "summary": e.get("summary"),
         "content": (e.get("content") or [{}])[0].get("value"),
         "links": {l["rel"]: l["href"] for l in e.get("links", [])}}
        for e in doc.entries
    ],
}, ensure_ascii=False))
