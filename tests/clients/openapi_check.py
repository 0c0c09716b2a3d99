"""Validates an OpenAPI document (openapi-spec-validator) and prints its paths and schemas'
property names. Usage: openapi_check.py FILE"""
import json
import sys

from openapi_spec_validator import validate

doc = json.load(open(sys.argv[1]))
validate(doc)
print(json.dumps({
    "version": doc["openapi"],
    "paths": {p: sorted(ops.keys()) for p, ops in doc["paths"].items()},
    "schemas": {n: sorted(s.get("properties", {}).keys()) for n, s in doc["components"]["schemas"].items()},
}))
