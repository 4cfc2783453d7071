"""harden: PostgreSQL security hardening, as plain Python.

The package runs inside the server (PL/Python) and outside it (psycopg) through
the adapter in harden.db; nothing here imports anything beyond the standard
library at module level.
"""

__version__ = "0.2.0"
