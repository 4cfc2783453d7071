"""A report page a person opens in a browser, with no server and no network:
one file, its style inline, the severity chart an inline SVG, every text
escaped (object names and messages come from the audited database)."""

import html

from harden.cli.text import where
from harden.rule import SEVERITIES

COLOURS = {"critical": "#7b1fa2", "high": "#d32f2f", "medium": "#f57c00", "low": "#fbc02d", "info": "#1976d2"}

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; background: #fff; }
h1 { margin-bottom: 0.2em; }
.meta { color: #555; margin-bottom: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.sev { color: #fff; font-weight: bold; padding: 0.1em 0.5em; border-radius: 0.3em; white-space: nowrap; }
pre { margin: 0; white-space: pre-wrap; font-size: 0.9em; }
section.rule { border-top: 2px solid #ddd; padding-top: 0.5em; }
.rationale { color: #444; max-width: 60em; }
.error { color: #b00020; }
"""


def _e(text):
    return html.escape(text or "", quote=True)


def _badge(severity):
    return '<span class="sev" style="background:%s">%s</span>' % (COLOURS[severity], severity)


def chart(counts):
    """Horizontal bars, one per severity, with their counts."""
    width, bar_h, gap, label_w = 480, 28, 10, 80
    top = max(counts.values()) or 1
    rows = []
    for i, s in enumerate(SEVERITIES):
        y = i * (bar_h + gap)
        length = 0 if not counts[s] else max(4, int((width - label_w - 60) * counts[s] / top))
        rows.append('<text x="0" y="%d" dominant-baseline="middle">%s</text>' % (y + bar_h // 2, s))
        rows.append('<rect class="bar-%s" x="%d" y="%d" width="%d" height="%d" fill="%s"/>'
                    % (s, label_w, y, length, bar_h, COLOURS[s]))
        rows.append('<text x="%d" y="%d" dominant-baseline="middle">%d</text>'
                    % (label_w + length + 8, y + bar_h // 2, counts[s]))
    height = len(SEVERITIES) * (bar_h + gap)
    return ('<svg id="summary-chart" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" '
            'aria-label="findings per severity">%s</svg>' % (width, height, "".join(rows)))


def page(envelope):
    findings = envelope["findings"]
    rules = {r["name"]: r for r in envelope["rules"]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>harden audit</title><style>%s</style></head><body>" % STYLE,
           "<h1>harden audit</h1>",
           '<p class="meta">harden %s, %s</p>' % (_e(envelope["tool"]["version"]), _e(envelope["generated_at"]))]
    out.append("<table><tr><th>database</th><th>server</th><th>version</th><th>result</th></tr>")
    for t in envelope["targets"]:
        result = '<span class="error">error: %s</span>' % _e(t["error"]) if t["error"] else "audited"
        out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                   % (_e(t["database"] or t["target"]), _e(t["server"]), _e(t["server_version"]), result))
    out.append("</table>")
    out.append('<h2>Summary</h2><div id="summary">%s</div>' % chart(envelope["summary"]))
    out.append('<h2>Findings by rule</h2><div id="findings">')
    if not findings:
        out.append("<p>No findings.</p>")
    names = sorted({f["check_name"] for f in findings}, key=lambda n: (SEVERITIES.index(rules[n]["severity"]), n))
    for name in names:
        rule = rules[name]
        mine = [f for f in findings if f["check_name"] == name]
        out.append('<section class="rule" id="rule-%s"><h3>%s %s: %s (%d)</h3>'
                   % (_e(name), _badge(rule["severity"]), _e(name), _e(rule["title"]), len(mine)))
        out.append('<p class="rationale">%s</p>' % _e(rule["rationale"]))
        out.append("<table><tr><th>severity</th><th>where</th><th>object</th><th>message</th><th>fix</th>"
                   "<th>fingerprint</th></tr>")
        for f in mine:
            out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td><pre>%s</pre></td><td><code>%s</code>"
                       "</td></tr>" % (_badge(f["severity"]), _e(where(f)), _e(f["object_identity"]),
                                       _e(f["message"]), _e(f["remediation"]), _e(f["fingerprint"])))
        out.append("</table></section>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"
