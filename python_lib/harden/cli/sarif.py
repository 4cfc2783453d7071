"""SARIF 2.1.0, the format code-scanning services read.

Each rule of the catalogue that ran is a reportingDescriptor with its title,
rationale and fix as help; each finding a result whose level comes from its
severity and whose partialFingerprints carry harden's fingerprint (stable
across runs, so a service tracks one finding from run to run). A database is
not a file: a result's location names the database as an artifact
(postgresql/<server>/<database>, under the uriBaseId DATABASES) and the object
as a logical location, which is what services that want a location accept.
"""

from urllib.parse import quote

from harden.cli.text import where

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
# GitHub code scanning ranks security results by this number (CVSS-like, 0 to 10).
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}


def _rule(r):
    return {
        "id": r["name"],
        "name": r["name"],
        "shortDescription": {"text": r["title"]},
        "fullDescription": {"text": r["rationale"]},
        "help": {"text": "%s\n\nFix: %s\n\nReference: %s" % (r["rationale"], r["remediation"], r["reference"]),
                 "markdown": "%s\n\n**Fix:** %s\n\n**Reference:** %s" % (r["rationale"], r["remediation"],
                                                                         r["reference"])},
        "defaultConfiguration": {"level": LEVELS[r["severity"]]},
        "properties": {"category": r["category"], "severity": r["severity"],
                       "security-severity": SECURITY_SEVERITY[r["severity"]],
                       "tags": ["security", "postgresql", r["category"]]},
    }


def _uri(f):
    # Path segments, percent-encoded: a database name may hold any character.
    server = quote(f["server"] or "server", safe="")
    if f["database"] is None:
        return "postgresql/%s" % server
    return "postgresql/%s/%s" % (server, quote(f["database"], safe=""))


def _result(f, index):
    message = f["message"]
    if f["remediation"]:
        message += "\n\nFix:\n" + f["remediation"]
    return {
        "ruleId": f["check_name"],
        "ruleIndex": index,
        "level": LEVELS[f["severity"]],
        "message": {"text": message},
        "locations": [{
            "physicalLocation": {"artifactLocation": {"uri": _uri(f), "uriBaseId": "DATABASES"}},
            "logicalLocations": [{"name": f["object_identity"], "kind": f["object_type"],
                                  "fullyQualifiedName": "%s/%s" % (where(f), f["object_identity"])}],
        }],
        "partialFingerprints": {"harden/v1": f["fingerprint"]},
        "properties": {"severity": f["severity"], "scope": f["scope"], "databases": f["databases"],
                       "object_type": f["object_type"], "remediation": f["remediation"]},
    }


def sarif(envelope):
    rules = envelope["rules"]
    index = {r["name"]: i for i, r in enumerate(rules)}
    run = {
        "tool": {"driver": {"name": "harden", "version": envelope["tool"]["version"],
                            "rules": [_rule(r) for r in rules]}},
        "originalUriBaseIds": {"DATABASES": {"description": {"text": "The PostgreSQL servers audited"}}},
        "invocations": [{
            "executionSuccessful": not any(t["error"] for t in envelope["targets"]),
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": "%s: %s" % (t["target"], t["error"])}}
                for t in envelope["targets"] if t["error"]],
        }],
        "results": [_result(f, index[f["check_name"]]) for f in envelope["findings"]],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
