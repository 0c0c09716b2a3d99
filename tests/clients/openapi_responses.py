"""Validates real answers against an OpenAPI 3.1 document: each sample's path and method must be
documented, its status listed, its media type declared, and a JSON body must match the
response's schema (JSON Schema 2020-12, references into the document's components resolved).
Usage: openapi_responses.py DOC_FILE SAMPLES_FILE
SAMPLES_FILE: [{"path": "/api/v1/events/{id}", "method": "get", "status": 200,
                "content_type": "application/json", "body": ...}, ...]
Prints {"checked": N, "documented": [[path, method], ...], "problems": [...]}."""
import json
import sys

from jsonschema import Draft202012Validator

doc = json.load(open(sys.argv[1]))
samples = json.load(open(sys.argv[2]))
problems = []
for s in samples:
    where = f'{s["method"].upper()} {s["path"]} {s["status"]}'
    op = doc["paths"].get(s["path"], {}).get(s["method"])
    if op is None:
        problems.append(f"{where}: not documented")
        continue
    response = op.get("responses", {}).get(str(s["status"]))
    if response is None:
        problems.append(f"{where}: status not documented (documented: {sorted(op.get('responses', {}))})")
        continue
    content = response.get("content")
    media = (s.get("content_type") or "").split(";")[0].strip()
    if not content:
        if s.get("body") not in (None, ""):
            problems.append(f"{where}: answered a body ({media}); none documented")
        continue
    if media not in content:
        problems.append(f"{where}: answered {media}; documented {sorted(content)}")
        continue
    schema = content[media].get("schema")
    if media == "application/json" and schema is not None:
        root = dict(schema)
        root["components"] = doc.get("components", {})
        errors = sorted(Draft202012Validator(root).iter_errors(s["body"]), key=lambda e: list(e.path))
        for e in errors[:3]:
            problems.append(f"{where}: at {'/'.join(map(str, e.path)) or '(root)'}: {e.message[:300]}")
print(json.dumps({
    "checked": len(samples),
    "documented": sorted([p, m] for p, ops in doc["paths"].items() for m in ops),
    "problems": problems,
}))
