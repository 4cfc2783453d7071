"""A synthetic database for the audit benchmark, built in equal parts.

One part holds the counts the issues name (10,000 tables of which 1,000 are
stream-table sources, 1,000 stream tables with their change buffers and 4,000
CDC triggers, 20,000 functions, 500 roles, 2,000 policies, 5,000 user
triggers), laid out like tests/fixtures/pgtrickle.sql, with the kinds of holes
the checks look for sprinkled in. Part 1 repeats part 0 under other names, so
"double every count" is building part 1 on top of part 0.

Objects are created by server-side loops over generated DDL, a few hundred per
transaction (each new relation holds a lock until commit), and the pg_trickle
catalog rows are inserted set-based rather than through 1,000 calls of
pgtrickle.create_stream_table.
"""

import time

SCHEMAS = 20
ROLES = 500
PLAIN_TABLES = 9000
STREAM_TABLES = 1000          # and as many sources, each with 4 CDC triggers
RLS_EVERY = 9                 # every 9th plain table and every 10th source has RLS
FUNCTIONS = 20000             # including the trigger functions
TRIGGER_FUNCTIONS = 50
TRIGGERS = 5000
EXPRESSION_INDEXES = 200
VIEWS = 500
MATVIEWS = 100
CHUNK = 500

FIXTURE = "tests/fixtures/pgtrickle.sql"


def _loop(conn, lo, hi, body, part, chunk=CHUNK):
    """Runs `body` (PL/pgSQL, with loop variable i and part p) for i in lo..hi, chunked."""
    for start in range(lo, hi + 1, chunk):
        end = min(start + chunk - 1, hi)
        conn.execute(
            "DO $do$ DECLARE p int := %d; BEGIN FOR i IN %d..%d LOOP %s END LOOP; END $do$"
            % (part, start, end, body)
        )


# Name helpers shared by the loop bodies: schema of object i, role number n.
_PRELUDE = """
CREATE OR REPLACE FUNCTION pg_temp.sch(p int, i int) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'bp' || p || '_s' || (i % 20) $$;
CREATE OR REPLACE FUNCTION pg_temp.rol(p int, n int) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'bp' || p || '_r' || (((n - 1) % 500) + 1) $$;
"""


def prepare(conn):
    """The pg_trickle catalog, once per database, before any part."""
    with open(FIXTURE, encoding="utf-8") as f:
        conn.execute(f.read())


def build(conn, part, log=print):
    conn.execute(_PRELUDE)
    steps = (
        ("roles", _roles),
        ("schemas", _schemas),
        ("functions", _functions),
        ("plain tables", _plain_tables),
        ("policies", _policies),
        ("triggers", _triggers),
        ("stream tables", _stream_tables),
        ("views", _views),
    )
    for name, step in steps:
        t0 = time.perf_counter()
        step(conn, part)
        log("    part %d: %-14s %6.1f s" % (part, name, time.perf_counter() - t0))
    analyze_catalogs(conn)


def build_stream_tables(conn, part):
    """Part `part`'s roles, schemas and stream tables only (the guard benchmark's
    large pg_trickle deployment); after prepare()."""
    conn.execute(_PRELUDE)
    _roles(conn, part)
    _schemas(conn, part)
    _stream_tables(conn, part)


def drop_roles(conn, part):
    _loop(conn, 1, ROLES, "EXECUTE format('DROP ROLE %I', 'bp' || p || '_r' || i);", part)


def analyze_catalogs(conn):
    """Fresh planner statistics on the catalogs, as autovacuum would leave them."""
    rows = conn.execute(
        "SELECT c.oid::regclass::text FROM pg_catalog.pg_class c"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind = 'r' AND n.nspname IN ('pg_catalog', 'pgtrickle')"
    ).fetchall()
    conn.execute("ANALYZE " + ", ".join(r[0] for r in rows))


def _roles(conn, part):
    # Every 50th role can log in with CREATEDB (role_excess_attributes); the first
    # 25 are groups the others belong to.
    _loop(conn, 1, ROLES, """
        EXECUTE format('CREATE ROLE %I %s', 'bp' || p || '_r' || i,
                       CASE WHEN i % 50 = 0 THEN 'LOGIN CREATEDB' WHEN i % 100 = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
        IF i > 25 THEN
            EXECUTE format('GRANT %I TO %I', 'bp' || p || '_r' || (i % 25 + 1), 'bp' || p || '_r' || i);
        END IF;""", part)


def _schemas(conn, part):
    _loop(conn, 0, SCHEMAS - 1, """
        EXECUTE format('CREATE SCHEMA %I', pg_temp.sch(p, i));
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO PUBLIC', pg_temp.sch(p, i));
        IF i = 0 THEN
            EXECUTE format('GRANT CREATE ON SCHEMA %I TO PUBLIC', pg_temp.sch(p, i));
        END IF;
        EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT ON TABLES TO %I',
                       pg_temp.rol(p, i + 1), pg_temp.sch(p, i), pg_temp.rol(p, i + 100));""", part)


def _functions(conn, part):
    # Trigger functions: every 5th owned by a role (not the tables' owner), every
    # 10th SECURITY DEFINER without a search_path.
    _loop(conn, 1, TRIGGER_FUNCTIONS, """
        EXECUTE format('CREATE FUNCTION %I.%I() RETURNS trigger LANGUAGE plpgsql %s'
                       ' AS $b$ BEGIN NEW.v := upper(NEW.v); RETURN NEW; END $b$',
                       pg_temp.sch(p, 0), 'trg_fn_' || i,
                       CASE WHEN i % 10 = 3 THEN 'SECURITY DEFINER' ELSE '' END);
        IF i % 5 = 0 THEN
            EXECUTE format('ALTER FUNCTION %I.%I() OWNER TO %I', pg_temp.sch(p, 0), 'trg_fn_' || i, pg_temp.rol(p, i));
        END IF;""", part)
    # Plain functions: every 10th SECURITY DEFINER, half of those with a pinned
    # search_path, every 100th with search_path = public.
    _loop(conn, 1, FUNCTIONS - TRIGGER_FUNCTIONS, """
        EXECUTE format('CREATE FUNCTION %I.%I(x int) RETURNS int LANGUAGE sql IMMUTABLE %s %s AS %L',
                       pg_temp.sch(p, i), 'f' || i,
                       CASE WHEN i % 10 = 0 THEN 'SECURITY DEFINER' ELSE '' END,
                       CASE WHEN i % 20 = 0 THEN 'SET search_path = pg_catalog, pg_temp'
                            WHEN i % 100 = 5 THEN 'SET search_path = public' ELSE '' END,
                       'SELECT x + ' || i);""", part, chunk=2000)


def _plain_tables(conn, part):
    _loop(conn, 1, PLAIN_TABLES, """
        EXECUTE format('CREATE TABLE %I.%I (id int PRIMARY KEY, tenant int NOT NULL, v text)',
                       pg_temp.sch(p, i), 't' || i);
        EXECUTE format('GRANT SELECT ON %I.%I TO %I, %I', pg_temp.sch(p, i), 't' || i,
                       pg_temp.rol(p, i), pg_temp.rol(p, i * 7));
        IF i % 20 = 0 THEN
            EXECUTE format('GRANT ALL ON %I.%I TO %I', pg_temp.sch(p, i), 't' || i, pg_temp.rol(p, i + 3));
        END IF;
        IF i % 50 = 0 THEN
            EXECUTE format('GRANT INSERT ON %I.%I TO PUBLIC', pg_temp.sch(p, i), 't' || i);
        END IF;
        IF i % 10 = 0 THEN
            EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', pg_temp.sch(p, i), 't' || i, pg_temp.rol(p, i + 1));
        END IF;
        IF i <= 200 THEN
            EXECUTE format('CREATE INDEX ON %I.%I (%I.%I(id))', pg_temp.sch(p, i), 't' || i,
                           pg_temp.sch(p, i), 'f' || i);
        END IF;""", part)


def _policies(conn, part):
    # Two policies on every RLS table: a FOR SELECT one, and a write policy
    # (every 10th of them always true).
    _loop(conn, 1, PLAIN_TABLES // RLS_EVERY, """
        EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', pg_temp.sch(p, i * 9), 't' || (i * 9));
        EXECUTE format('CREATE POLICY tenant_read ON %I.%I FOR SELECT USING (tenant = 1)',
                       pg_temp.sch(p, i * 9), 't' || (i * 9));
        EXECUTE format('CREATE POLICY tenant_write ON %I.%I FOR UPDATE USING (%s)',
                       pg_temp.sch(p, i * 9), 't' || (i * 9), CASE WHEN i % 10 = 0 THEN 'true' ELSE 'tenant = 1' END);""",
          part)


def _triggers(conn, part):
    _loop(conn, 1, TRIGGERS, """
        EXECUTE format('CREATE TRIGGER upper_v BEFORE INSERT OR UPDATE ON %I.%I FOR EACH ROW EXECUTE FUNCTION %I.%I()',
                       pg_temp.sch(p, i), 't' || i, pg_temp.sch(p, 0), 'trg_fn_' || (i % 50 + 1));""", part)


def _stream_tables(conn, part):
    # Sources (every 10th with RLS and two policies), the stream tables owned
    # by the superuser (every 10th writable by PUBLIC), CDC on every source.
    _loop(conn, 1, STREAM_TABLES, """
        EXECUTE format('CREATE TABLE %I.%I (id int PRIMARY KEY, tenant int NOT NULL, region text, amount numeric)',
                       pg_temp.sch(p, i), 'src' || i);
        EXECUTE format('CREATE TABLE %I.%I (region text, total numeric)', pg_temp.sch(p, i), 'st' || i);
        EXECUTE format('GRANT SELECT ON %I.%I TO %I', pg_temp.sch(p, i), 'st' || i, pg_temp.rol(p, i));
        IF i % 10 = 0 THEN
            EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', pg_temp.sch(p, i), 'src' || i);
            EXECUTE format('CREATE POLICY tenant_read ON %I.%I FOR SELECT USING (tenant = 1)', pg_temp.sch(p, i), 'src' || i);
            EXECUTE format('CREATE POLICY tenant_all ON %I.%I USING (tenant = 1)', pg_temp.sch(p, i), 'src' || i);
            EXECUTE format('GRANT ALL ON %I.%I TO PUBLIC', pg_temp.sch(p, i), 'st' || i);
        END IF;
        PERFORM pgtrickle._attach_cdc(format('%I.%I', pg_temp.sch(p, i), 'src' || i)::regclass);""",
          part, chunk=250)
    conn.execute("""
        INSERT INTO pgtrickle.pgt_stream_tables (pgt_relid, pgt_name, pgt_schema, defining_query, status, is_populated)
        SELECT st.oid, st.relname, n.nspname,
               pg_catalog.format('SELECT region, sum(amount) AS total FROM %I.%I GROUP BY region',
                                 n.nspname, 'src' || substr(st.relname, 3)),
               'ACTIVE', true
          FROM pg_catalog.pg_class st JOIN pg_catalog.pg_namespace n ON n.oid = st.relnamespace
         WHERE n.nspname LIKE 'bp@P@\\_s%' AND st.relkind = 'r' AND st.relname ~ '^st[0-9]+$'
    """.replace("@P@", str(part)))
    # Every stream table reads its source; every 10th also reads the previous
    # stream table, so the RLS closure has chains to follow.
    conn.execute("""
        INSERT INTO pgtrickle.pgt_dependencies (pgt_id, source_relid, source_type, source_stable_name)
        SELECT s.pgt_id, src.oid, 'TABLE', pgtrickle._stable_name(src.oid)
          FROM pgtrickle.pgt_stream_tables s
          JOIN pg_catalog.pg_class src ON src.relname = 'src' || substr(s.pgt_name, 3)
          JOIN pg_catalog.pg_namespace n ON n.oid = src.relnamespace AND n.nspname = s.pgt_schema
         WHERE s.pgt_schema LIKE 'bp@P@\\_s%'
        UNION ALL
        SELECT s.pgt_id, up.pgt_relid, 'STREAM_TABLE', NULL
          FROM pgtrickle.pgt_stream_tables s
          JOIN pgtrickle.pgt_stream_tables up
            ON up.pgt_schema LIKE 'bp@P@\\_s%' AND up.pgt_name = 'st' || (substr(s.pgt_name, 3)::int - 1)
         WHERE s.pgt_schema LIKE 'bp@P@\\_s%' AND substr(s.pgt_name, 3)::int % 10 = 5
    """.replace("@P@", str(part)))
    conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA pgtrickle_changes TO PUBLIC")


def _views(conn, part):
    # Views without security_invoker and materialized views over RLS tables,
    # readable by PUBLIC.
    _loop(conn, 1, VIEWS, """
        EXECUTE format('CREATE VIEW %I.%I AS SELECT * FROM %I.%I', pg_temp.sch(p, i * 9), 'v' || i,
                       pg_temp.sch(p, i * 9), 't' || (i * 9));
        EXECUTE format('GRANT SELECT ON %I.%I TO PUBLIC', pg_temp.sch(p, i * 9), 'v' || i);
        IF i <= 100 THEN
            EXECUTE format('CREATE MATERIALIZED VIEW %I.%I AS SELECT * FROM %I.%I', pg_temp.sch(p, i * 9), 'mv' || i,
                           pg_temp.sch(p, i * 9), 't' || (i * 9));
            EXECUTE format('GRANT SELECT ON %I.%I TO PUBLIC', pg_temp.sch(p, i * 9), 'mv' || i);
        END IF;""", part)


COUNT_SQL = """
SELECT
  (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')) AS tables,
  (SELECT count(*) FROM pgtrickle.pgt_stream_tables) AS stream_tables,
  (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname = 'pgtrickle_changes') AS change_buffers,
  (SELECT count(*) FROM pg_catalog.pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'pg\\_trickle\\_cdc\\_%') AS cdc_triggers,
  (SELECT count(*) FROM pg_catalog.pg_trigger WHERE NOT tgisinternal AND tgname NOT LIKE 'pg\\_trickle\\_cdc\\_%') AS other_triggers,
  (SELECT count(*) FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')) AS functions,
  (SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_') AS roles,
  (SELECT count(*) FROM pg_catalog.pg_policy) AS policies,
  (SELECT count(*) FROM pg_catalog.pg_class WHERE relkind IN ('v', 'm')
      AND relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)) AS views
"""


def counts(conn):
    from psycopg.rows import dict_row
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(COUNT_SQL)
        return cur.fetchone()
