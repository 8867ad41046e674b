"""SQLite: its built-in FTS5 over the documents' stems (table search_fts, columns names and tokens, kept in
step by triggers, search migrations 0004 and 0005), ranked by FTS5's bm25(); the stems of `tokens` are the
words of the bitmaps, as they are.
"""

import json
import re
from collections.abc import Callable

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from search.backends.base import Backend
from search.matching import Analysis
from search.models import SearchBitmap


def _string(stems: tuple[str, ...] | list[str]) -> str:
    """Stems as one FTS5 string (a phrase when several): never read as FTS5 query syntax."""
    return '"{}"'.format(" ".join(stems).replace('"', '""'))


def _any_word(analysis: Analysis) -> str:
    """The FTS5 query of the documents that match any alternative of any word of the query."""
    alternatives = [alt for word in analysis.words for alt in word.alternatives]
    return " OR ".join("({})".format(" AND ".join(_string([item]) for item in alt)) for alt in alternatives)


# bm25's weight of each column of search_fts (names, tokens): a word in a name counts ten times.
_WEIGHTS = "10.0, 1.0"


class SQLiteBackend(Backend):
    def among(self, field: str, ids: list[int]) -> Q:
        return Q(**{f"{field}__in": RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])})

    def ranked_page(
        self,
        segment: str,
        documents: QuerySet,
        analysis: Analysis,
        entry_ids: Callable[[], list[int]],
        every_word: bool,
        start: int,
        size: int,
    ) -> list[int]:
        # A phrase of one word is that word, which every entry found has.
        phrase, phrase_params = "0", []
        if len(analysis.phrase) > 1:
            phrase = "rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)"
            phrase_params = [_string(analysis.phrase)]
        any_word = _any_word(analysis)
        with connection.cursor() as cursor:
            # FTS5 reads the words' documents first and scores only those among the entries (`+` keeps the
            # rowid test away from FTS5, which would look the words up again for each rowid). A word in an
            # entry's name ranks it above the entries that have the word elsewhere only, as on PostgreSQL.
            cursor.execute(
                f"WITH ranked AS MATERIALIZED (SELECT rowid, bm25(search_fts, {_WEIGHTS}) AS score, "
                f"{phrase} AS phrase, rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s) "
                "AS named FROM search_fts WHERE search_fts MATCH %s AND +rowid IN "
                "(SELECT id FROM search_searchdocument WHERE catalog = %s "
                "AND entry_id IN (SELECT value FROM json_each(%s)))) "
                "SELECT d.entry_id FROM ranked JOIN search_searchdocument AS d ON d.id = ranked.rowid "
                "ORDER BY ranked.phrase DESC, ranked.named DESC, ranked.score, d.entry_id LIMIT %s OFFSET %s",
                [
                    *phrase_params,
                    f"names : ({any_word})",
                    any_word,
                    segment,
                    json.dumps(entry_ids()),
                    size,
                    start,
                ],
            )
            return [entry_id for (entry_id,) in cursor.fetchall()]

    def document_words(self, documents: QuerySet) -> list[tuple[int, list[str]]]:
        rows = documents.values_list("entry_id", "tokens")
        return [(entry_id, tokens.split()) for entry_id, tokens in rows]

    def word_bitmaps(self, segment: str, stems: list[str]) -> list[int]:
        rows = SearchBitmap.objects.filter(segment=segment, facet=False, key__in=stems)
        found = dict(rows.values_list("key", "bits"))
        return [int.from_bytes(found.get(item) or b"", "little") for item in stems]

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
