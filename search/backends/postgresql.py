"""PostgreSQL: full-text search over the stored tsvector `tsv` of the documents' stems (GIN index, search
migration 0002), ranked by ts_rank; trigram indexes serve the suggestions' patterns (catalog migration 0008).
"""

from collections.abc import Callable

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, FloatField, Q, QuerySet
from django.db.models.expressions import RawSQL

from search.backends.base import Backend
from search.matching import Alternative, Analysis
from search.models import SearchDocument

# The stems are already Snowball stems without stop words (core.text): the "simple" configuration keeps
# them as they are. An alternative (search.matching) is one tsquery of its stems ANDed.
_TSQUERY = "plainto_tsquery('simple', %s)"
# The entry's names alone, as the index of search migration 9 reads them.
_NAMES = "to_tsvector('simple'::regconfig, names)"


def _any(alternatives: list[Alternative], operator: str) -> tuple[str, list[str]]:
    """One tsquery expression of `alternatives` joined by `operator` (`||` or `&&`), with its parameters."""
    sql = f" {operator} ".join(_TSQUERY for _ in alternatives)
    return f"({sql})", [" ".join(alternative) for alternative in alternatives]


def _every_word(analysis: Analysis) -> tuple[str, list[str]]:
    parts = [_any(list(word.alternatives), "||") for word in analysis.words]
    return " && ".join(sql for sql, _ in parts), [param for _, params in parts for param in params]


class PostgreSQLBackend(Backend):
    def among(self, field: str, ids: list[int]) -> Q:
        return Q(**{f"{field}__in": RawSQL("SELECT unnest(%s::bigint[])", [ids])})

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
        if every_word:
            # The GIN indexes of the words and of the facet keys together (a bitmap AND in PostgreSQL) find
            # the documents to rank; looking up each of thousands of entry ids took twice as long for a broad
            # word.
            sql, params = _every_word(analysis)
            matching = documents.filter(RawSQL(f"tsv @@ ({sql})", params, output_field=BooleanField()))
        else:
            matching = SearchDocument.objects.filter(self.among("entry_id", entry_ids()), segment=segment)
        # Normalization 1 divides by the log of the document's length, as BM25 (SQLite's FTS5, Elasticsearch)
        # favours the shorter of two documents with the word; names weigh A, the rest D (search migration 5).
        sql, params = _any([alt for word in analysis.words for alt in word.alternatives], "||")
        rank = RawSQL(f"ts_rank(tsv, {sql}, 1)", params, output_field=FloatField()).desc()
        in_names = RawSQL(f"{_NAMES} @@ {sql}", params, output_field=BooleanField())
        if len(analysis.phrase) > 1:
            phrase = RawSQL("tsv @@ phraseto_tsquery('simple', %s)", [" ".join(analysis.phrase)])
            order = [ExpressionWrapper(phrase, output_field=BooleanField()).desc()]
            order += [ExpressionWrapper(in_names, output_field=BooleanField()).desc(), rank, "entry_id"]
            return list(matching.order_by(*order).values_list("entry_id", flat=True)[start : start + size])
        # A word in an entry's name ranks it above every entry that has the word elsewhere only: a broad
        # word's first page is then read among the entries named with it (their own index, search migration
        # 9), not among all that have it (1,890 against 20,140 organizations for «технологии»: 62 → 15 ms).
        named = matching.filter(in_names).order_by(rank, "entry_id").values_list("entry_id", flat=True)
        ids = list(named[start : start + size])
        if len(ids) == size:
            return ids
        skip = 0 if ids else start - named.count()
        rest = matching.exclude(in_names).order_by(rank, "entry_id").values_list("entry_id", flat=True)
        return ids + list(rest[skip : skip + size - len(ids)])

    def document_words(self, documents: QuerySet) -> list[tuple[int, list[str]]]:
        # The lexemes PostgreSQL parsed into `tsv` (it splits `м²` into `м`, for one), so that a word's
        # bitmap holds exactly the documents `tsv @@` finds.
        return list(documents.values_list("entry_id", RawSQL("tsvector_to_array(tsv)", [])))

    def word_bitmaps(self, segment: str, stems: list[str]) -> list[int]:
        # A stem matches as plainto_tsquery reads it: all the lexemes PostgreSQL parses it into (`м²` is two).
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT s.number, b.bits FROM unnest(%s::text[]) WITH ORDINALITY AS s(stem, number) "
                "CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('simple', s.stem))) AS w(key) "
                "LEFT JOIN search_bitmap AS b ON b.catalog = %s AND NOT b.facet AND b.key = w.key",
                [stems, segment],
            )
            found: dict[int, int] = {}
            for number, bits in cursor.fetchall():
                found[number - 1] = found.get(number - 1, -1) & int.from_bytes(bits or b"", "little")
        return [found.get(number, 0) for number in range(len(stems))]

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
