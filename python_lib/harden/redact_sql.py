"""The SQL lexer behind harden.redact.redact(): the literals, comments and
words of a statement as the server's lexer reads them, and the spans of
secrets among them (docs in harden.redact). Imported only for a statement
that may hold a secret (harden.redact.may_hold_secret)."""

import bisect
import re

from harden import conninfo
from harden.redact import ENCODED_KEY_REGEX, MASK, is_secret_word, may_hold_secret

_MAX_DEPTH = 8  # literals inside literals; deeper ones are hidden whole


class _Token:
    __slots__ = ("kind", "start", "end", "value", "style", "prefix", "tag")

    def __init__(self, kind, start, end, value=None, style=None, prefix="", tag=""):
        self.kind, self.start, self.end, self.value = kind, start, end, value
        self.style, self.prefix, self.tag = style, prefix, tag


_WS = "[ \t\n\r\f\v]"


# Identifier characters as the server's lexer has them: ASCII letters, digits,
# _ and $ (not first, and never in a dollar-quote tag), and every non-ASCII
# character. Each class is written as the ASCII characters it leaves out:
# a class that lists the ranges up to U+10FFFF takes over 10 ms to compile,
# paid by every session at its first statement that may hold a secret.
_NOT_IDENT = "".join(chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) in "_$"))
_IDENT_START = "[^%s]" % re.escape(_NOT_IDENT + "0123456789$")
_TAG_CHAR = "[^%s]" % re.escape(_NOT_IDENT + "$")
_IDENT_CHAR = "[^%s]" % re.escape(_NOT_IDENT)
_IDENT = re.compile(_IDENT_START + _IDENT_CHAR + "*")
_DOLLAR_TAG = re.compile(r"\$(?:" + _IDENT_START + _TAG_CHAR + r"*)?\$")
_NUMBER = re.compile(r"\.?[0-9][0-9A-Za-z_.]*")
_SPACE = re.compile(_WS + "+")
_NEWLINE = re.compile("[\n\r]")
# A literal goes on after whitespace holding a newline: 'a'\n'b' is 'ab'.
# Written so that each character can be matched one way only: the lexer's
# own form, ({space}+|{comment}{newline})*, makes Python's backtracking
# engine try every split of a run of spaces, exponential in its length, and
# nothing can cancel a regular expression that runs inside the server.
_CONTINUE = re.compile("[ \t\f\v]*(?:--[^\n\r]*)?[\n\r](?:" + _WS + "|--[^\n\r]*[\n\r])*'")
_UESCAPE = re.compile("(?i:uescape)(?!" + _IDENT_CHAR + ")")
_HEX = "0123456789abcdefABCDEF"

# libpq keys whose values are secrets, where a key starts (not inside a word).
_CONNINFO_KEY = re.compile(r"(?<![\w$])(?:ssl)?password" + _WS + "*=" + _WS + "*", re.I)
# scheme://user: of scheme://user:password@ (any scheme: every one carries a
# secret there). The password, up to the next @ or space, is found apart
# (_uri_spans): a pattern that scanned for it from every scheme:// would
# read the rest of the text once per URI.
_URI_USER = re.compile(r"(?<![\w+.-])[a-z][a-z0-9+.-]*://[^\s/@?#:]*:", re.I)
_URI_PASSWORD_END = re.compile(r"[\s@]")
# libpq reads its own URIs more widely: the user and password run up to the
# first @ if it comes before any /, spaces and all; a query parameter's name
# may be percent-encoded (%70assword); its value runs up to the next &.
_LIBPQ_URI = re.compile(r"(?<![\w+.-])postgres(?:ql)?://", re.I)
_LIBPQ_USERINFO_END = re.compile("[@/]")
_ENCODED_KEY = re.compile(ENCODED_KEY_REGEX)
_PERCENT = re.compile("%([0-9A-Fa-f]{2})")
# What ends an unquoted conninfo value: C's isspace(), not Python's.
_C_SPACE = " \t\n\v\f\r"


def _tokens(text, scs):
    """Tokens as PostgreSQL's lexer sees them: space, comment, string (value
    decoded), word (identifier or keyword, lower case; a quoted identifier as
    written), other (one character)."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        blank = _blank(text, i)
        if blank:
            yield _Token(blank[0], i, blank[1])
            i = blank[1]
        elif c == "'":
            tok = _quoted(text, i, i, "", "E" if not scs else "plain")
            yield tok
            i = tok.end
        elif c in "eEnNbBxX" and text.startswith("'", i + 1):
            style = {"e": "E", "n": "plain" if scs else "E", "b": "bits", "x": "bits"}[c.lower()]
            tok = _quoted(text, i, i + 1, text[i], style)
            yield tok
            i = tok.end
        elif c in "uU" and text.startswith("&'", i + 1):
            tok = _quoted(text, i, i + 2, text[i:i + 2], "U&", scs)
            yield tok
            i = tok.end
        elif c in "uU" and text.startswith('&"', i + 1):
            end, raw = _quoted_ident(text, i + 2)
            esc, end = _uescape(text, end, scs)
            yield _Token("word", i, end, value=_unicode_unescape(raw, esc))
            i = end
        elif c == '"':
            end, raw = _quoted_ident(text, i)
            yield _Token("word", i, end, value=raw)
            i = end
        elif c == "$":
            m = _DOLLAR_TAG.match(text, i)
            if m:
                tag = m.group()
                close = text.find(tag, m.end())
                end = n if close < 0 else close + len(tag)
                body_end = n if close < 0 else close
                yield _Token("string", i, end, value=text[m.end():body_end], style="dollar", tag=tag)
                i = end
            else:
                yield _Token("other", i, i + 1, value=c)
                i += 1
        else:
            m = _IDENT.match(text, i) or _NUMBER.match(text, i)
            if m:
                yield _Token("word", i, m.end(), value=m.group().lower())
                i = m.end()
            else:
                yield _Token("other", i, i + 1, value=c)
                i += 1


def _line_end(text, i):
    m = _NEWLINE.search(text, i)
    return m.start() if m else len(text)


def _block_comment_end(text, i):
    depth, j, n = 0, i, len(text)
    while j < n:
        if text.startswith("/*", j):
            depth, j = depth + 1, j + 2
        elif text.startswith("*/", j):
            depth, j = depth - 1, j + 2
            if depth == 0:
                return j
        else:
            j += 1
    return n


def _quoted_ident(text, i):
    """(end, name) of "..." starting at text[i] == '"'."""
    parts, j, n = [], i + 1, len(text)
    while j < n:
        k = text.find('"', j)
        if k < 0:
            parts.append(text[j:])
            return n, "".join(parts)
        parts.append(text[j:k])
        if text.startswith('""', k):
            parts.append('"')
            j = k + 2
        else:
            return k + 1, "".join(parts)
    return n, "".join(parts)


def _segment(text, q, backslash):
    """(end, raw body) of one '...' segment whose opening quote is text[q]."""
    j, n = q + 1, len(text)
    while j < n:
        c = text[j]
        if backslash and c == "\\":
            j += 2
        elif c == "'":
            if text.startswith("''", j):
                j += 2
            else:
                return j + 1, text[q + 1:j]
        else:
            j += 1
    return n, text[q + 1:]


def _quoted(text, start, q, prefix, style, scs=True):
    """A string literal: its segments (continued across newlines) decoded."""
    backslash = style == "E"
    raws = []
    end, raw = _segment(text, q, backslash)
    raws.append(raw)
    while True:
        m = _CONTINUE.match(text, end)
        if not m or end >= len(text):
            break
        end, raw = _segment(text, m.end() - 1, backslash)
        raws.append(raw)
    raw = "".join(raws)
    if style == "E":
        value = _e_unescape(raw)
    elif style == "U&":
        esc, end = _uescape(text, end, scs)
        value = _unicode_unescape(raw.replace("''", "'"), esc)
    else:
        value = raw.replace("''", "'")
    return _Token("string", start, end, value=value, style=style, prefix=prefix)


def _uescape(text, end, scs):
    """(escape character, end) after a U& literal or identifier. The parser,
    not the lexer, reads UESCAPE: white space and comments may come before
    and after it, and its character may be any simple string constant ('!',
    E'!', $$!$$). Anything else the server refuses: read as without UESCAPE."""
    i = _skip_space(text, end)
    m = _UESCAPE.match(text, i)
    if not m:
        return "\\", end
    i = _skip_space(text, m.end())
    if text.startswith("'", i):
        tok = _quoted(text, i, i, "", "plain" if scs else "E")
    elif text[i:i + 1] in ("e", "E") and text.startswith("'", i + 1):
        tok = _quoted(text, i, i + 1, text[i], "E")
    else:
        # Closed right after one character, or not this: a search for a
        # closing tag would read the rest of the text once per U&.
        tag = _DOLLAR_TAG.match(text, i)
        if not tag or not text.startswith(tag.group(), tag.end() + 1):
            return "\\", end
        return text[tag.end()], tag.end() + 1 + len(tag.group())
    if len(tok.value) != 1:
        return "\\", end
    return tok.value, tok.end


def _blank(text, i):
    """("space" or "comment", its end) for the white space or comment that
    starts at text[i], else None."""
    m = _SPACE.match(text, i)
    if m:
        return "space", m.end()
    if text.startswith("--", i):
        return "comment", _line_end(text, i)
    if text.startswith("/*", i):
        return "comment", _block_comment_end(text, i)
    return None


def _skip_space(text, i):
    """The end of the white space and comments at text[i:]."""
    while (blank := _blank(text, i)) is not None:
        i = blank[1]
    return i


def _code_point(value):
    """A character for a code point PostgreSQL accepts, else None."""
    if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:
        return chr(value)
    return None


def _hex_at(raw, j, count):
    digits = raw[j:j + count]
    if len(digits) == count and all(d in _HEX for d in digits):
        return int(digits, 16)
    return None


def _surrogate_pair(high, raw, j, marker, count):
    """A character from a high surrogate and the low one escaped at raw[j:]."""
    if 0xD800 <= high <= 0xDBFF and raw.startswith(marker, j):
        low = _hex_at(raw, j + len(marker), count)
        if low is not None and 0xDC00 <= low <= 0xDFFF:
            return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)), j + len(marker) + count
    return None, j


def _e_unescape(raw):
    """E'...' body to text. Octal and hex escapes are bytes, as in PostgreSQL."""
    out = bytearray()
    j, n = 0, len(raw)
    simple = {"b": b"\b", "f": b"\f", "n": b"\n", "r": b"\r", "t": b"\t"}
    while j < n:
        c = raw[j]
        if c == "'" and raw.startswith("''", j):
            out += b"'"
            j += 2
            continue
        if c != "\\" or j + 1 >= n:
            out += c.encode("utf-8", "replace")
            j += 1
            continue
        e = raw[j + 1]
        if e in simple:
            out += simple[e]
            j += 2
        elif e in "01234567":
            k = j + 1
            while k < min(j + 4, n) and raw[k] in "01234567":
                k += 1
            out.append(int(raw[j + 1:k], 8) & 0xFF)
            j = k
        elif e == "x" and j + 2 < n and raw[j + 2] in _HEX:
            k = j + 3 if j + 3 < n and raw[j + 3] in _HEX else j + 2
            out.append(int(raw[j + 2:k + 1], 16))
            j = k + 1
        elif e in "uU":
            count = 4 if e == "u" else 8
            value = _hex_at(raw, j + 2, count)
            if value is None:
                out += e.encode("utf-8", "replace")
                j += 2
                continue
            pair, after = _surrogate_pair(value, raw, j + 2 + count, "\\u", 4)
            char = pair or _code_point(value)
            # An escape PostgreSQL would reject stays as written.
            out += (char or raw[j:j + 2 + count]).encode("utf-8", "replace")
            j = after
        else:
            out += e.encode("utf-8", "replace")
            j += 2
    return out.decode("utf-8", "replace")


def _unicode_unescape(raw, esc):
    """U&'...' or U&"..." body to text, with escape character esc."""
    out, j, n = [], 0, len(raw)
    while j < n:
        c = raw[j]
        if c != esc:
            out.append(c)
            j += 1
            continue
        if raw.startswith(esc, j + 1):
            out.append(esc)
            j += 2
            continue
        plus = raw.startswith("+", j + 1)
        count, start = (6, j + 2) if plus else (4, j + 1)
        value = _hex_at(raw, start, count)
        if value is None:
            out.append(c)
            j += 1
            continue
        pair, after = _surrogate_pair(value, raw, start + count, esc + "+" if plus else esc, count)
        char = pair or _code_point(value)
        out.append(char if char is not None else raw[j:start + count])
        j = after
    return "".join(out)


def _literal(tok, value):
    """A literal of tok's spelling holding value, as SQL text."""
    if tok.style == "dollar" and tok.tag not in value:
        return tok.tag + value + tok.tag
    if tok.style in ("plain", "bits"):
        return tok.prefix + "'" + value.replace("'", "''") + "'"
    return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def _masked(tok):
    """tok with its whole value hidden, in its own spelling."""
    if tok.style == "dollar":
        return tok.tag + MASK + tok.tag
    return tok.prefix + "'" + MASK + "'"


def redact_sql(text, depth, scs):
    """text with secrets hidden: SQL at depth 0, a literal's value below."""
    toks = list(_tokens(text, scs))
    spans = []
    sig = [t for t in toks if t.kind not in ("space", "comment")]
    for k, tok in enumerate(sig):
        if tok.kind == "string":
            if _after_secret_word(sig, k) or _after_secret_key_literal(sig, k):
                spans.append((tok.start, tok.end, _masked(tok)))
            elif depth >= _MAX_DEPTH:
                if may_hold_secret(tok.value):
                    spans.append((tok.start, tok.end, _masked(tok)))
            elif may_hold_secret(tok.value):
                new = redact_sql(tok.value, depth + 1, scs)
                if new != tok.value:
                    spans.append((tok.start, tok.end, _literal(tok, new)))
        elif tok.kind == "word" and _after_secret_word(sig, k, bare=True):
            # password = word: a bare value (an unquoted GUC value, a conninfo word).
            spans.append((tok.start, tok.end, MASK))
    literal_spans = [(t.start, t.end) for t in toks if t.kind == "string"]
    for tok in toks:
        if tok.kind == "comment":
            spans.extend(_conninfo_spans(text, tok.start, tok.end, ()))
    if depth > 0:
        # A literal that is all a connection string is read as libpq reads
        # it too: read as SQL, a quote inside a value (user=o'brien) would
        # start a literal that hides the keys after it. In a URI quotes are
        # characters, so none of its keys is skipped as inside a literal.
        uri = text.startswith(conninfo.URI_PREFIXES)
        spans.extend(_conninfo_spans(text, 0, len(text), () if uri else literal_spans))
        if not uri:
            spans.extend(_keyword_value_spans(text))
    return _apply(text, spans)


def _after_secret_key_literal(sig, k):
    """Whether sig[k] is joined to a literal that ends in a secret-named key
    and =: 'host=h password=' || 'x'."""
    if k < 3 or any(t.kind != "other" or t.value != "|" for t in sig[k - 2:k]) or sig[k - 3].kind != "string":
        return False
    value = sig[k - 3].value.rstrip(_C_SPACE)
    if not value.endswith("="):
        return False
    value = value[:-1].rstrip(_C_SPACE)
    start = len(value)
    while start > 0 and (value[start - 1].isalnum() or value[start - 1] == "_"):
        start -= 1
    return is_secret_word(value[start:])


def _after_secret_word(sig, k, bare=False):
    """Whether sig[k] follows a secret-named word: `password 'x'`, `password = x`,
    `password := x`, `password TO x` (bare: only after =, := or TO), a sign
    between (`password = -1`)."""
    j = k - 1
    if j >= 0 and sig[j].kind == "other" and sig[j].value in ("-", "+"):
        j -= 1
    separated = j >= 0 and ((sig[j].kind == "other" and sig[j].value == "=")
                            or (sig[j].kind == "word" and sig[j].value == "to"))
    if separated:
        j -= 1
        if sig[j + 1].value == "=" and j >= 0 and sig[j].kind == "other" and sig[j].value == ":":
            j -= 1
    if bare and not separated:
        return False
    return j >= 0 and sig[j].kind == "word" and is_secret_word(sig[j].value)


def _keyword_value_spans(text):
    """Spans of the secret-named keywords' values in text read as libpq reads
    a keyword/value connection string (conninfo.keyword_values); none unless
    all of text reads as one."""
    try:
        return [(start, end, "'" + MASK + "'" if text[start:start + 1] == "'" else MASK)
                for key, _, start, end in conninfo.keyword_values(text) if end > start and is_secret_word(key)]
    except conninfo.ConninfoError:
        return []


def _conninfo_spans(text, start, end, skip):
    """Spans of password values in text[start:end] read as libpq conninfo
    (and URIs), leaving out keys inside the ranges in skip (inner literals,
    which their own pass reads in their own quoting; sorted, disjoint)."""
    skip_starts = [a for a, _ in skip]

    def skipped(pos):
        k = bisect.bisect_right(skip_starts, pos) - 1
        return k >= 0 and pos < skip[k][1]

    spans = []
    scanned = start  # where the last value's scan stopped
    for m in _CONNINFO_KEY.finditer(text, start, end):
        if skipped(m.start()):
            continue
        j = m.end()
        if j >= end:
            continue
        # A URI's parameter runs to the next &: quotes mean nothing there.
        uri_param = m.start() > start and text[m.start() - 1] in "?&"
        quoted = not uri_param and text[j] == "'"
        k = j + 1 if quoted else j
        if k < scanned:
            # A key inside a value already read (password=password=...):
            # its scan goes on from where that one stopped, a character
            # further if that one may be escaped. It hides as much or more,
            # and reads each character once, not once per key.
            k = scanned + 1 if text[scanned - 1] == "\\" else scanned
        if quoted:
            while k < end and text[k] != "'":
                k += 2 if text[k] == "\\" else 1
            spans.append((j, min(k + 1, end), "'" + MASK + "'"))
        else:
            while k < end and not (text[k] == "&" if uri_param else text[k] in _C_SPACE):
                k += 2 if text[k] == "\\" and not uri_param else 1
            if k > j:
                spans.append((j, min(k, end), MASK))
        scanned = max(scanned, min(k, end))
    # A URI's password runs to the first @ (or, before one, space) after
    # its user, a libpq URI's from the first colon to the first @ (before
    # one, /), an encoded key's value to the next &.
    at_or_space = _first_from(lambda pos: _start(_URI_PASSWORD_END.search(text, pos, end)), end)
    for m in _URI_USER.finditer(text, start, end):
        stop = at_or_space(m.end())
        if stop < end and text[stop] == "@" and stop > m.end() and not skipped(m.start()):
            spans.append((m.end(), stop, MASK))
    at_or_slash = _first_from(lambda pos: _start(_LIBPQ_USERINFO_END.search(text, pos, end)), end)
    colon = _first_from(lambda pos: text.find(":", pos, end), end)
    for m in _LIBPQ_URI.finditer(text, start, end):
        stop = at_or_slash(m.end())
        if stop < end and text[stop] == "@" and colon(m.end()) + 1 < stop and not skipped(m.start()):
            spans.append((colon(m.end()) + 1, stop, MASK))
    amp = _first_from(lambda pos: text.find("&", pos, end), end)
    for m in _ENCODED_KEY.finditer(text, start, end):
        if (m.end() < end and not skipped(m.start())
                and is_secret_word(_PERCENT.sub(lambda h: chr(int(h.group(1), 16)), m.group(1)))):
            spans.append((m.end(), amp(m.end()), MASK))
    return spans


def _start(match):
    return match.start() if match else -1


def _first_from(find, end):
    """For find(pos), the first position at or after pos where something is
    (-1: none), a function of pos that gives it (end for none) when the
    positions asked never go back, as the keys and URIs of one text come:
    what was found for one position serves every later one up to it, so
    each character is searched once, not once per URI or key before it."""
    found = [-1]

    def first(pos):
        if found[0] < pos:
            at = find(pos)
            found[0] = end if at < 0 else at
        return found[0]
    return first


def _apply(text, spans):
    """text with each span (start, end, replacement) replaced. Spans that
    overlap (two readings of the text that disagree, such as a quote that
    SQL takes for a literal and libpq for a character) become one, hidden
    whole, in quotes if it is quoted; the same span found twice is replaced
    once."""
    if not spans:
        return text
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            if span != merged[-1]:
                start, end = merged[-1][0], max(span[1], merged[-1][1])
                quoted = end - start > 1 and text[start] == text[end - 1] == "'"
                merged[-1] = (start, end, "'" + MASK + "'" if quoted else MASK)
            continue
        merged.append(span)
    out, pos = [], 0
    for start, end, repl in merged:
        out.append(text[pos:start])
        out.append(repl)
        pos = end
    out.append(text[pos:])
    return "".join(out)
