"""What the database engine does differently on PostgreSQL and on SQLite, chosen once from the connection.

The engine (search.engines.database), the bitmaps (search.bitmaps), the documents (search.documents) and the
suggestions (search.suggestions) are written once for both databases; they ask `current()` for the few
things that need the database's own SQL: matching and ranking text, the words of the documents and the
bitmaps of the query's words, the statistics after a full rebuild, a case-insensitive "starts with".
"""

from django.db import connection

from search.backends.base import Backend
from search.backends.postgresql import PostgreSQLBackend
from search.backends.sqlite import SQLiteBackend

_BACKENDS: dict[str, Backend] = {"postgresql": PostgreSQLBackend(), "sqlite": SQLiteBackend()}


def current() -> Backend:
    return _BACKENDS[connection.vendor]
