"""libpq connection strings, read the way libpq and the server read them.

A subscription's connection string decides how the publisher treats its
replication role: `options=-crow_security=off` makes a publisher row security
policy stop replication instead of running as that role. To know whether the
setting is there, harden parses the string as libpq's PQconninfoParse does
(key=value and postgresql:// URI forms) and the `options` value as the server
does (split on unescaped white space, then read like command-line switches).
"""

URI_PREFIXES = ("postgresql://", "postgres://")
# Keywords whose values harden never copies into a report.
SECRET_KEYWORDS = frozenset({"password", "sslpassword"})
ROW_SECURITY_OFF = "-crow_security=off"

# C isspace() in the C locale: libpq and the server split on exactly these.
_SPACE = frozenset(" \t\n\r\f\v")

# The switches the server accepts in `options` (process_postgres_switches);
# a letter followed by ':' takes an argument, attached or in the next word.
_SWITCHES = "B:bc:C:D:d:EeFf:h:ijk:lN:nOPp:r:S:sTt:v:W:-:"


class ConninfoError(ValueError):
    pass


class Conninfo:
    """The keyword/value pairs of a connection string, in the order given."""

    def __init__(self, pairs, uri):
        self.pairs = pairs
        self.uri = uri

    def get(self, keyword):
        """The value libpq uses: the last one given."""
        value = None
        for k, v in self.pairs:
            if k == keyword:
                value = v
        return value

    @property
    def has_secret(self):
        return any(k in SECRET_KEYWORDS for k, _ in self.pairs)


def parse(text):
    if text.startswith(URI_PREFIXES):
        return Conninfo(_parse_uri(text), uri=True)
    return Conninfo(_parse_keyword_value(text), uri=False)


def _store(pairs, keyword, value):
    # libpq's conninfo_storeval: the obsolete requiressl becomes sslmode.
    if keyword == "requiressl":
        keyword, value = "sslmode", "require" if value.startswith("1") else "prefer"
    pairs.append((keyword, value))


def _parse_keyword_value(text):
    pairs = []
    for keyword, value, _, _ in keyword_values(text):
        _store(pairs, keyword, value)
    return pairs


def keyword_values(text):
    """(keyword, value, start, end) for each pair of a keyword/value
    connection string, read as libpq's conninfo_parse reads it;
    text[start:end] is the value as written, quotes included. Raises
    ConninfoError where libpq fails."""
    i, n = 0, len(text)
    while i < n:
        if text[i] in _SPACE:
            i += 1
            continue
        start = i
        while i < n and text[i] != "=" and text[i] not in _SPACE:
            i += 1
        keyword = text[start:i]
        while i < n and text[i] in _SPACE:
            i += 1
        if i >= n or text[i] != "=":
            raise ConninfoError('missing "=" after "%s" in connection info string' % keyword)
        i += 1
        while i < n and text[i] in _SPACE:
            i += 1
        start = i
        value = []
        if i < n and text[i] == "'":
            i += 1
            while True:
                if i >= n:
                    raise ConninfoError("unterminated quoted string in connection info string")
                ch = text[i]
                if ch == "\\":
                    i += 1
                    if i < n:
                        value.append(text[i])
                        i += 1
                    continue
                if ch == "'":
                    i += 1
                    break
                value.append(ch)
                i += 1
            yield keyword, "".join(value), start, i
        else:
            while i < n and text[i] not in _SPACE:
                if text[i] == "\\":
                    i += 1
                    if i < n:
                        value.append(text[i])
                        i += 1
                    continue
                value.append(text[i])
                i += 1
            yield keyword, "".join(value), start, i
            i += 1  # the white space that ended it


def _uri_decode(text):
    raw = text.encode("utf-8")
    out = bytearray()
    i = 0
    while i < len(raw):
        if raw[i] != 0x25:  # '%'
            out.append(raw[i])
            i += 1
            continue
        digits = raw[i + 1:i + 3]
        try:
            if len(digits) != 2:
                raise ValueError
            byte = int(digits.decode("ascii"), 16)
        except ValueError:
            raise ConninfoError('invalid percent-encoded token: "%s"' % text) from None
        if byte == 0:
            raise ConninfoError('forbidden value %%00 in percent-encoded value: "%s"' % text)
        out.append(byte)
        i += 3
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        raise ConninfoError('percent-encoded value is not UTF-8: "%s"' % text) from None


def _parse_uri(text):
    """libpq's conninfo_uri_parse_options, step by step."""
    pairs = []
    rest = text[len(next(p for p in URI_PREFIXES if text.startswith(p))):]
    i, n = 0, len(rest)

    j = i
    while j < n and rest[j] not in "@/":
        j += 1
    if j < n and rest[j] == "@":
        k = i
        while rest[k] not in ":@":
            k += 1
        if rest[i:k]:
            _store(pairs, "user", _uri_decode(rest[i:k]))
        if rest[k] == ":":
            password = rest[k + 1:j]
            if password:
                _store(pairs, "password", _uri_decode(password))
        i = j + 1

    hosts, ports = [], []
    terminator = ""
    while True:
        if i < n and rest[i] == "[":
            end = rest.find("]", i + 1)
            if end < 0:
                raise ConninfoError('end of string reached when looking for matching "]" in IPv6 host address in URI')
            if end == i + 1:
                raise ConninfoError("IPv6 host address may not be empty in URI")
            host = rest[i + 1:end]
            i = end + 1
            if i < n and rest[i] not in ":/?,":
                raise ConninfoError('unexpected character "%s" in URI (expected ":" or "/")' % rest[i])
        else:
            start = i
            while i < n and rest[i] not in ":/?,":
                i += 1
            host = rest[start:i]
        terminator = rest[i] if i < n else ""
        hosts.append(host)
        port = ""
        if terminator == ":":
            i += 1
            start = i
            while i < n and rest[i] not in "/?,":
                i += 1
            port = rest[start:i]
            terminator = rest[i] if i < n else ""
        ports.append(port)
        if terminator != ",":
            break
        i += 1
    host_value, port_value = ",".join(hosts), ",".join(ports)
    if host_value:
        _store(pairs, "host", _uri_decode(host_value))
    if port_value:
        _store(pairs, "port", _uri_decode(port_value))

    if terminator and terminator != "?":
        i += 1
        start = i
        while i < n and rest[i] != "?":
            i += 1
        dbname = rest[start:i]
        terminator = rest[i] if i < n else ""
        if dbname:
            _store(pairs, "dbname", _uri_decode(dbname))

    if terminator:
        params = rest[i + 1:].split("&") if rest[i + 1:] else []
        if params and not params[-1]:
            params.pop()  # libpq stops at a trailing "&"
        for param in params:
            if "=" not in param:
                raise ConninfoError('missing key/value separator "=" in URI query parameter: "%s"' % param)
            keyword, value = param.split("=", 1)
            if "=" in value:
                raise ConninfoError('extra key/value separator "=" in URI query parameter: "%s"' % param)
            keyword, value = _uri_decode(keyword), _uri_decode(value)
            if keyword == "ssl" and value == "true":
                keyword, value = "sslmode", "require"
            _store(pairs, keyword, value)
    return pairs


def split_options(options):
    """The server's pg_split_opts: words split on white space a backslash does not escape."""
    words, word, escaped, in_word = [], [], False, False
    for ch in options:
        if ch in _SPACE and not escaped:
            if in_word:
                words.append("".join(word))
                word, in_word = [], False
            continue
        in_word = True
        if not escaped and ch == "\\":
            escaped = True
        else:
            escaped = False
            word.append(ch)
    if in_word:
        words.append("".join(word))
    return words


def _settings(words):
    """(name, value) of each -c name=value / --name=value, read like getopt does."""
    takes_argument = {c for i, c in enumerate(_SWITCHES) if c != ":" and _SWITCHES[i + 1:i + 2] == ":"}
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if word == "--":
            break  # getopt's end of switches
        if len(word) < 2 or word[0] != "-":
            continue  # not a switch; the server would refuse the connection
        pos = 1
        while pos < len(word):
            letter = word[pos]
            pos += 1
            if letter not in takes_argument:
                continue
            if pos < len(word):
                argument = word[pos:]
            elif i < len(words):
                argument = words[i]
                i += 1
            else:
                break
            if letter in "c-" and "=" in argument:
                name, value = argument.split("=", 1)
                yield name.replace("-", "_").lower(), value
            break


def parse_bool(value):
    """The server's parse_bool: a prefix of true/false/yes/no, on/off, 1/0; None if neither."""
    lowered = value.lower()
    if not lowered:
        return None
    if lowered in ("1", "0"):
        return lowered == "1"
    if lowered[0] == "o":
        if len(lowered) >= 2 and "on".startswith(lowered):
            return True
        if len(lowered) >= 2 and "off".startswith(lowered):
            return False
        return None
    for word, result in (("true", True), ("false", False), ("yes", True), ("no", False)):
        if word.startswith(lowered):
            return result
    return None


def sets_row_security_off(info):
    """True when the connection's options turn row_security off (the last setting wins)."""
    options = info.get("options")
    if not options:
        return False
    state = None
    for name, value in _settings(split_options(options)):
        if name == "row_security":
            state = parse_bool(value)
    return state is False


def _quote_value(value):
    if value and not any(ch in _SPACE or ch in "'\\" for ch in value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _with_row_security_off(options):
    if not options:
        return ROW_SECURITY_OFF
    # A trailing lone backslash would escape the space before the new switch.
    trailing = len(options) - len(options.rstrip("\\"))
    if trailing % 2:
        raise ConninfoError("options end in an unpaired backslash")
    return options + " " + ROW_SECURITY_OFF


def with_row_security_off(info):
    """The whole connection string in key=value form, options turned to row_security=off."""
    new_options = _with_row_security_off(info.get("options"))
    pairs = [(k, v) for k, v in info.pairs if k != "options"] + [("options", new_options)]
    return " ".join("%s=%s" % (k, _quote_value(v)) for k, v in pairs)


def row_security_off_suffix(text, info):
    """What to append to the stored string so that it ends with the fixed options.

    Used when the string holds a password: the fix then reads the string from
    the catalog when it runs, so that the report never carries the secret.
    """
    new_options = _with_row_security_off(info.get("options"))
    if info.uri:
        encoded = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.~") else
                          "".join("%%%02X" % b for b in ch.encode("utf-8")) for ch in new_options)
        # Whether the URI already has a query part is libpq's call: try each
        # way to join and keep the one that parses back as intended.
        candidates = [sep + "options=" + encoded for sep in ("&", "?", "")]
    else:
        candidates = [" options=" + _quote_value(new_options)]
    for suffix in candidates:
        try:
            fixed = parse(text + suffix)
        except ConninfoError:
            continue
        if fixed.pairs[:-1] == info.pairs and fixed.pairs[-1] == ("options", new_options):
            return suffix
    raise ConninfoError("cannot append options to this connection string safely")
