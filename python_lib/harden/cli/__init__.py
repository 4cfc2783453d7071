"""The harden command: the audit from outside the server, over psycopg.

Only the command imports this package; the in-database code never does, and
`make install` leaves it out of the server's copy. It may use what the
command's own dependencies bring (psycopg, rich), unlike the rest of harden.
"""
