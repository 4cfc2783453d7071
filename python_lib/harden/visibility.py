"""What a report run by a role that is not a superuser could not see.

Inside the server harden.audit_report() runs as the extension's owner and sees
every catalog. Outside it (the harden command, a managed service's monitoring
role) some catalogs are closed: pg_authid, pg_file_settings, pg_hba_file_rules,
pg_subscription.subconninfo, and without pg_read_all_settings the superuser-only
rows of pg_settings. A check that needs one must not come back empty, which
would read as "nothing found": it raises NotVisible (or the server refuses the
query with SQLSTATE 42501), and the audit reports one insufficient_privilege
finding naming what the check could not see.
"""

INSUFFICIENT_PRIVILEGE = "42501"


class NotVisible(Exception):
    """A check needs something the role running the report may not read."""

    def __init__(self, what):
        super().__init__(what)
        self.what = what


def gap(exc):
    """What the check could not see, or None when exc is another failure."""
    if isinstance(exc, NotVisible):
        return "it cannot read " + exc.what
    if getattr(exc, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        # The server's message ("permission denied for view pg_file_settings")
        # names what was refused; its first line, as PL/Python and psycopg give it.
        return (str(exc).strip().splitlines() or ["a catalog it needs"])[0]
    return None


def require_table(ctx, relation, what):
    """Raise NotVisible(what) unless the current role may read relation."""
    if not ctx.query("SELECT pg_catalog.has_table_privilege($1, 'SELECT') AS ok", [relation])[0]["ok"]:
        raise NotVisible(what)
