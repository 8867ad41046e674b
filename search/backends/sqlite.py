"""SQLite: its built-in FTS5 over the documents' stems (table search_fts, kept in step by triggers, search
migration 0004), ranked by FTS5's bm25(); the stems are the words of the bitmaps, as they are.
"""

import json
import re
from collections.abc import Callable

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from search.backends.base import Backend
from search.models import SearchBitmap


def _fts_query(stems: list[str]) -> str:
    """Every stem as an FTS5 string (FTS5 ANDs them): a stem is never read as FTS5 query syntax."""
    return " ".join('"{}"'.format(item.replace('"', '""')) for item in stems)


class SQLiteBackend(Backend):
    def among(self, field: str, ids: list[int]) -> Q:
        return Q(**{f"{field}__in": RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])})

    def ranked_page(
        self,
        segment: str,
        documents: QuerySet,
        stems: list[str],
        entry_ids: Callable[[], list[int]],
        start: int,
        size: int,
    ) -> list[int]:
        with connection.cursor() as cursor:
            # FTS5 reads the word's documents first and scores only those among the entries (`+` keeps the
            # rowid test away from FTS5, which would look the word up again for each rowid).
            cursor.execute(
                "WITH ranked AS MATERIALIZED (SELECT rowid, bm25(search_fts) AS score FROM search_fts "
                "WHERE search_fts MATCH %s AND +rowid IN (SELECT id FROM search_searchdocument "
                "WHERE catalog = %s AND entry_id IN (SELECT value FROM json_each(%s)))) "
                "SELECT d.entry_id FROM ranked JOIN search_searchdocument AS d ON d.id = ranked.rowid "
                "ORDER BY ranked.score, d.entry_id LIMIT %s OFFSET %s",
                [_fts_query(stems), segment, json.dumps(entry_ids()), size, start],
            )
            return [entry_id for (entry_id,) in cursor.fetchall()]

    def document_words(self, documents: QuerySet) -> list[tuple[int, list[str]]]:
        rows = documents.values_list("entry_id", "tokens")
        return [(entry_id, tokens.split()) for entry_id, tokens in rows]

    def word_bitmaps(self, segment: str, stems: list[str]) -> list[bytes | None]:
        rows = SearchBitmap.objects.filter(catalog=segment, facet=False, key__in=stems)
        found = dict(rows.values_list("key", "bits"))
        return [found.get(item) for item in stems]

    def lock_bitmaps(self, segment: str) -> None:
        """Nothing to take: SQLite lets one transaction write at a time, and refuses the write of one that
        read before another wrote ("database is locked") rather than lose either."""

    def refresh_statistics(self) -> None:
        with connection.cursor() as cursor:
            # FTS5 merges the index segments the rebuild's many small writes left.
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
            cursor.execute("ANALYZE search_searchdocument")
            cursor.execute("ANALYZE search_bitmap")

    def starts_with(self, field: str, text: str, separators: tuple[str, ...] = ()) -> Q:
        # SQLite's LIKE folds the case of ASCII letters only; its REGEXP is Python's, which folds any script.
        start = f"(^|[{re.escape(''.join(separators))}])" if separators else "^"
        return Q(**{f"{field}__iregex": start + re.escape(text)})
