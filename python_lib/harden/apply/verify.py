"""harden.verify(): the tutorial's "Security Hardening Checklist", evaluated live.

Each item reads the catalog as it is now. The pg_trickle items are shown only
where a pg_trickle catalog is recognised; elsewhere the checklist is the one
item that holds for any database (DDL logging). passed is NULL where an item
does not apply here (no change-buffer schema, not a replica).
"""

from harden.apply import plan as _plan
from harden.apply import state as _state
from harden.context import Context

_ELEVATED = (("superuser", "SUPERUSER"), ("createrole", "CREATEROLE"), ("createdb", "CREATEDB"),
             ("replication", "REPLICATION"), ("bypassrls", "BYPASSRLS"))


def _role_item(ctx, st, name):
    role = st.roles.get(name)
    if role is None:
        return False, "role %s does not exist" % ctx.ident(name)
    wrong = [w for w, bad in (("LOGIN", role.login), ("INHERIT", role.inherit)) if bad]
    wrong += [kw for column, kw in _ELEVATED if getattr(role, column)]
    if wrong:
        return False, "role %s has %s" % (ctx.ident(name), " ".join(wrong))
    return True, "role %s exists, NOLOGIN NOINHERIT" % ctx.ident(name)


def _examples(items, limit=5):
    items = sorted(items)
    more = " and %d more" % (len(items) - limit) if len(items) > limit else ""
    return ", ".join(items[:limit]) + more


def verify(db):
    ctx = Context(db)
    s = ctx.settings
    admin, user, readonly = s.admin_role, s.user_role, s.readonly_role
    st = _state.read(ctx, (admin, user, readonly))
    q = ctx.ident
    items = []

    def item(text, result):
        items.append((len(items) + 1, text, result[0], result[1]))

    if st.deployed:
        _pgtrickle_items(ctx, st, item, admin, user, readonly, s.change_buffer_schema)

    ls = st.settings["log_statement"]
    pa = st.settings["pgaudit.log"]
    pgaudit = "pgaudit" in st.shared_preload and _plan.pgaudit_logs_ddl(pa.effective)
    if _plan.logs_ddl(ls.effective) or pgaudit:
        result = True, "log_statement = %s%s for database %s" % (
            ls.effective, ", pgaudit.log = %s" % pa.effective if pgaudit else "", q(st.dbname))
    else:
        result = False, "log_statement = %s for database %s and pgaudit does not log DDL" % (
            ls.effective, q(st.dbname))
    item("Audit logging enabled (log_statement = 'ddl' or pg_audit)", result)

    if st.deployed:
        _pgtrickle_settings(st, item)
    return items


def _pgtrickle_items(ctx, st, item, admin, user, readonly, cb_name):
    q = ctx.ident
    item("%s role created with NOLOGIN NOINHERIT" % q(admin), _role_item(ctx, st, admin))
    item("%s role created for application backends" % q(user), _role_item(ctx, st, user))
    item("%s role created for BI / reporting tools" % q(readonly), _role_item(ctx, st, readonly))

    others = [o.name for o in st.stream_tables if o.owner != admin]
    if admin in st.superusers:
        result = False, "%s is a superuser" % q(admin)
    elif others:
        result = False, "%d of %d stream tables owned by another role: %s" % (
            len(others), len(st.stream_tables), _examples(others))
    else:
        result = True, "all %d stream tables owned by %s" % (len(st.stream_tables), q(admin))
    item("Stream tables owned by %s, not a superuser" % q(admin), result)

    schema = st.schema(cb_name)
    if schema is None:
        result = None, "no change-buffer schema %s in a pg_trickle deployment" % q(cb_name)
    else:
        public = sorted({e.privilege for e in schema.acl if e.grantee is None})
        result = (False, "PUBLIC holds %s on schema %s" % (", ".join(public), q(cb_name))) if public else \
            (True, "PUBLIC holds nothing on schema %s" % q(cb_name))
    item("REVOKE ALL ON SCHEMA %s FROM PUBLIC" % q(cb_name), result)

    if schema is None:
        result = None, "no change-buffer schema %s in a pg_trickle deployment" % q(cb_name)
    else:
        exposed = {"%s on %s" % (e.grantee or "PUBLIC", o.name) for o in st.change_buffers for e in o.acl
                   if e.grantee not in st.superusers and e.grantee != o.owner}
        result = (False, "granted: %s" % _examples(exposed)) if exposed else \
            (True, "only superusers and the owner hold privileges on the %d tables and sequences in %s"
                  % (len(st.change_buffers), q(cb_name)))
    item("Application roles have no access to %s.*" % q(cb_name), result)


def _pgtrickle_settings(st, item):
    circular = st.settings["pg_trickle.allow_circular"].effective
    if circular is None or _plan.is_off(circular):
        result = True, "pg_trickle.allow_circular = %s" % (circular or "off (default)")
    else:
        result = False, "pg_trickle.allow_circular = %s" % circular
    item("pg_trickle.allow_circular = off (default)", result)

    enabled = st.settings["pg_trickle.enabled"].effective
    if not st.in_recovery:
        result = None, "not a replica (the server is not in recovery)"
    elif _plan.is_off(enabled):
        result = True, "in recovery, pg_trickle.enabled = off"
    else:
        result = False, "in recovery, pg_trickle.enabled = %s" % enabled
    item("pg_trickle.enabled = off on replica / analysis environments", result)
