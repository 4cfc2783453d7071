"""The report for people reading a terminal (table) or a pull request (markdown)."""

import re
import textwrap

from harden.rule import SEVERITIES


# Control characters (C0, DEL, C1) and Unicode's line and paragraph
# separators: in an object's name they would move a terminal's cursor, clear
# its screen or end a markdown line, hiding or forging findings (found by an
# attacker helper). Shown escaped instead, as psql does.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def visible(text, keep=""):
    """text with every control character but those in `keep` shown as \\xNN or \\uNNNN."""
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else
                        ("\\x%02x" % ord(m.group()) if ord(m.group()) < 0x100 else "\\u%04x" % ord(m.group())),
                        text or "")


def where(f):
    """The database a finding is in, or the server for a cluster-wide one."""
    if f["database"] is None:
        return "%s (cluster)" % f["server"]
    return f["database"]


def _columns(rows, headers, widths):
    """Plain text columns; the last column wraps to `widths[-1]`."""
    out = []
    sizes = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers[:-1])]
    sizes = [min(s, w) for s, w in zip(sizes, widths)]

    def line(cells, last):
        head = "  ".join(c[:s].ljust(s) for c, s in zip(cells, sizes))
        return (head + "  " + last).rstrip()

    out.append(line(headers[:-1], headers[-1]))
    out.append(line(["-" * s for s in sizes], "-" * len(headers[-1])))
    indent = sum(sizes) + 2 * len(sizes)
    for r in rows:
        wrapped = textwrap.wrap(r[-1], widths[-1]) or [""]
        out.append(line(r[:-1], wrapped[0]))
        out.extend(" " * indent + more for more in wrapped[1:])
    return "\n".join(out)


def table(envelope):
    findings = envelope["findings"]
    lines = []
    for t in envelope["targets"]:
        if t["error"]:
            lines.append(visible("error: %s: %s" % (t["target"], t["error"])))
    rows = [tuple(visible(c) for c in (f["severity"], f["check_name"], where(f), f["object_identity"], f["message"]))
            for f in findings]
    if rows:
        lines.append(_columns(rows, ("severity", "check", "where", "object", "message"), (8, 40, 40, 40, 70)))
    counts = envelope["summary"]
    audited = sum(1 for t in envelope["targets"] if not t["error"])
    lines.append("%d finding%s in %d database%s: %s" % (
        len(findings), "" if len(findings) == 1 else "s", audited, "" if audited == 1 else "s",
        ", ".join("%d %s" % (counts[s], s) for s in SEVERITIES)))
    if envelope["waived"]:
        lines.append("%d waived finding(s) left out" % envelope["waived"])
    if envelope["baseline"]:
        lines.append("%d finding(s) already in the baseline %s left out"
                     % (envelope["baseline"]["known"], visible(envelope["baseline"]["file"])))
    return "\n".join(lines) + "\n"


def md_cell(text):
    """Text safe inside a markdown table cell."""
    return visible(text, "\n").replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", "<br>")


def _md_inline(text):
    """Text safe in a markdown paragraph: markup characters escaped, one line."""
    return re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", visible(text, "\n")).replace("\n", " ")


def _fence(text):
    """A code fence longer than any run of backticks in the text."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def markdown(envelope):
    findings = envelope["findings"]
    out = ["# harden audit", "", "harden %s, %s" % (envelope["tool"]["version"], envelope["generated_at"]), ""]
    out += ["| database | server | version | result |", "|---|---|---|---|"]
    for t in envelope["targets"]:
        result = "error: " + t["error"] if t["error"] else "audited"
        cells = (t["database"] or t["target"], t["server"], t["server_version"], result)
        out.append("| %s |" % " | ".join(md_cell(c) for c in cells))
    out += ["", "| severity | findings |", "|---|---|"]
    out += ["| %s | %d |" % (s, envelope["summary"][s]) for s in SEVERITIES]
    rules = {r["name"]: r for r in envelope["rules"]}
    for name in sorted({f["check_name"] for f in findings}, key=lambda n: (SEVERITIES.index(rules[n]["severity"]), n)):
        rule = rules[name]
        out += ["", "## %s: %s" % (name, _md_inline(rule["title"])), "", _md_inline(rule["rationale"]), ""]
        for f in (f for f in findings if f["check_name"] == name):
            out.append("- **%s** %s, %s: %s" % (f["severity"], _md_inline(where(f)),
                                                _md_inline(f["object_identity"]), _md_inline(f["message"])))
            if f["remediation"]:
                fence = _fence(f["remediation"])
                out += ["", "  %ssql" % fence] + ["  " + visible(line, "\t")
                                                  for line in f["remediation"].split("\n")]
                out += ["  " + fence, ""]
    return "\n".join(out) + "\n"


def checks_markdown(rules):
    return "| name | severity | category | title |\n|---|---|---|---|\n" + "".join(
        "| %s | %s | %s | %s |\n" % (r.name, r.severity, r.category, md_cell(r.title)) for r in rules)


def checks(rules):
    rows = [(r.name, r.severity, r.category, r.title) for r in rules]
    return _columns(rows, ("name", "severity", "category", "title"), (40, 8, 12, 80)) + "\n"
