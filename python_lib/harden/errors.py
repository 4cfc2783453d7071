"""Errors harden raises on purpose: what went wrong, why, what to do."""


class HardenError(Exception):
    def __init__(self, message, detail=None, hint=None, sqlstate="22023"):
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.hint = hint
        self.sqlstate = sqlstate
