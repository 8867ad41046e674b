"""PostgreSQL: full-text search over the stored tsvector `tsv` of the documents' stems (GIN index, search
migration 0002), ranked by ts_rank; trigram indexes serve the suggestions' patterns (catalog migration 0008).
"""

from collections.abc import Callable

from django.db import connection
from django.db.models import BooleanField, FloatField, Q, QuerySet
from django.db.models.expressions import RawSQL

from search.backends.base import Backend

# The stems are already Snowball stems without stop words (core.text): the "simple" configuration keeps
# them as they are.
_TSQUERY = "plainto_tsquery('simple', %s)"


class PostgreSQLBackend(Backend):
    def among(self, field: str, ids: list[int]) -> Q:
        return Q(**{f"{field}__in": RawSQL("SELECT unnest(%s::bigint[])", [ids])})

    def ranked_page(
        self,
        segment: str,
        documents: QuerySet,
        stems: list[str],
        entry_ids: Callable[[], list[int]],
        start: int,
        size: int,
    ) -> list[int]:
        query = [" ".join(stems)]
        # The GIN indexes of the words and of the facet keys together (a bitmap AND in PostgreSQL) find the
        # documents to rank; looking up each of thousands of entry ids took twice as long for a broad word.
        matching = documents.filter(RawSQL(f"tsv @@ {_TSQUERY}", query, output_field=BooleanField()))
        # Normalization 1 divides by the log of the document's length, as BM25 (SQLite's FTS5, Elasticsearch)
        # favours the shorter of two documents with the word: each document holds each stem once.
        rank = RawSQL(f"ts_rank(tsv, {_TSQUERY}, 1)", query, output_field=FloatField())
        ranked = matching.annotate(rank=rank).order_by("-rank", "entry_id")
        return list(ranked.values_list("entry_id", flat=True)[start : start + size])

    def document_words(self, documents: QuerySet) -> list[tuple[int, list[str]]]:
        # The lexemes PostgreSQL parsed into `tsv` (it splits `м²` into `м`, for one), so that a word's
        # bitmap holds exactly the documents `tsv @@` finds.
        return list(documents.values_list("entry_id", RawSQL("tsvector_to_array(tsv)", [])))

    def word_bitmaps(self, segment: str, stems: list[str]) -> list[bytes | None]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT b.bits FROM unnest(tsvector_to_array(to_tsvector('simple', %s))) AS w(key) "
                "LEFT JOIN search_bitmap AS b ON b.catalog = %s AND NOT b.facet AND b.key = w.key",
                [" ".join(stems), segment],
            )
            return [bits for (bits,) in cursor.fetchall()]

    def lock_bitmaps(self, segment: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"search_bitmap {segment}"])

    def refresh_statistics(self) -> None:
        # The old rows are reclaimed and the planner told, or it keeps planning for a table a few times its
        # real size (VACUUM cannot run inside a transaction).
        with connection.cursor() as cursor:
            vacuum = "" if connection.in_atomic_block else "VACUUM "
            cursor.execute(f"{vacuum}ANALYZE search_searchdocument, search_bitmap")

    def starts_with(self, field: str, text: str, separators: tuple[str, ...] = ()) -> Q:
        condition = Q(**{f"{field}__istartswith": text})
        for separator in separators:
            condition |= Q(**{f"{field}__icontains": separator + text})
        return condition
