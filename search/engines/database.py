"""The database engine: PostgreSQL full-text search, or SQLite, over the search documents.

Entries are the Russian rows (catalog.entry): facts live there, so both languages get the same answers.
Text: every stem of the query must be among the document's stems (search.text), through the GIN-indexed
tsvector on PostgreSQL and whole-token LIKE on SQLite. Facets: a value of facet F counts the documents that
match every selected facet except F (disjunctive counts), and the "*" key, which every document has, counts
them all. PostgreSQL counts with the catalog's bitmaps (search.bitmaps): ANDs and popcounts instead of a row
per document and facet key. SQLite counts every facet value in one SQL statement: each document is marked
with which selected facets it matches, then grouped by its facet keys and marks.
"""

from collections import Counter
from functools import reduce
from operator import and_, or_

from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Q,
    Value,
    When,
)
from django.db.models.expressions import RawSQL

from catalog.entry import SOURCE_LANGUAGE
from catalog.registry import RELEVANCE, CatalogSpec
from search import bitmaps
from search.documents import ALL
from search.models import SearchDocument
from search.query import FacetValue, Query, Result
from search.text import query_stems

_TSQUERY = "plainto_tsquery('simple', %s)"


def _text_filter(stems: list[str]) -> Q | RawSQL:
    if connection.vendor == "postgresql":
        return RawSQL(f"tsv @@ {_TSQUERY}", [" ".join(stems)], output_field=BooleanField())
    conditions = Q()
    for item in stems:
        conditions &= Q(tokens__contains=f" {item} ")
    return conditions


def _matches(facet_name: str, values: tuple[str, ...]) -> Q:
    return Q(facets__has_any_keys=[f"{facet_name}:{value}" for value in values])


def _bitmap_counts(
    spec: CatalogSpec, stems: list[str], entries, selected: dict[str, tuple[str, ...]], counts: bool
) -> tuple[int, dict[str, Counter]]:
    """The total and, when `counts`, per facet, the disjunctive count of each value, from the bitmaps of the
    query's words and the catalog's facet keys; `entries` (or None) are the entries within the ranges."""
    keys = None
    if not counts:
        keys = [ALL, *(f"{name}:{value}" for name, values in selected.items() for value in values)]
    words, facet_keys = bitmaps.read(spec.segment, stems, keys)
    found = facet_keys.get(ALL, 0)
    if stems:
        # A query PostgreSQL parses into no word at all finds nothing, as `tsv @@` does.
        found = reduce(and_, words, found) if words else 0
    if entries is not None:
        found &= bitmaps.of(entries.values_list("pk", flat=True))
    chosen = {
        name: reduce(or_, (facet_keys.get(f"{name}:{value}", 0) for value in values), 0)
        for name, values in selected.items()
    }
    total = reduce(and_, chosen.values(), found).bit_count()
    if not counts:
        return total, {}
    found_by_facet = {
        facet.name: reduce(and_, (bits for name, bits in chosen.items() if name != facet.name), found)
        for facet in spec.facets
    }
    values: dict[str, Counter] = {}
    for key, bits in facet_keys.items():
        facet, _, value = key.partition(":")
        count = (found_by_facet[facet] & bits).bit_count() if facet in found_by_facet else 0
        if count:
            values.setdefault(facet, Counter())[value] = count
    return total, values


def _counts(documents, selected: dict[str, tuple[str, ...]]) -> tuple[int, dict[str, Counter]]:
    """The total and, per facet, the disjunctive count of each value, in one statement (SQLite)."""
    names = list(selected)
    marks = {f"m{index}": _matches(name, selected[name]) for index, name in enumerate(names)}
    documents = documents.annotate(
        **{mark: Case(When(condition, then=Value(1)), default=Value(0)) for mark, condition in marks.items()}
    )
    if names:
        # A document that misses two selected facets counts for no value at all.
        hits = sum((F(mark) for mark in marks), Value(0))
        documents = documents.alias(hits=ExpressionWrapper(hits, IntegerField())).filter(
            hits__gte=len(names) - 1
        )
    sql, params = documents.values("facets", *marks).query.sql_with_params()
    columns = "".join(f", d.{mark}" for mark in marks)
    statement = (
        f"SELECT k.key{columns}, COUNT(*) FROM ({sql}) AS d CROSS JOIN json_each(d.facets) AS k "
        f"GROUP BY k.key{columns}"
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        rows = cursor.fetchall()
    total = 0
    counts: dict[str, Counter] = {}
    for key, *flags, count in rows:
        matched = dict(zip(names, flags, strict=True))
        if key == ALL:
            total += count if all(matched.values()) else 0
            continue
        facet, _, value = key.partition(":")
        if all(flag for name, flag in matched.items() if name != facet):
            counts.setdefault(facet, Counter())[value] += count
    return total, counts


def _page(spec: CatalogSpec, entries, matching, query: Query, stems: list[str]) -> list[int]:
    """The ids of the requested page, in the requested order (relevance: PostgreSQL's ts_rank)."""
    start = (query.page - 1) * query.per_page
    sort = spec.sort(query.sort, bool(stems))
    if sort is RELEVANCE and connection.vendor == "postgresql":
        rank = RawSQL(f"ts_rank(tsv, {_TSQUERY})", [" ".join(stems)], output_field=FloatField())
        ranked = matching.annotate(rank=rank).order_by("-rank", "entry_id")
        return list(ranked.values_list("entry_id", flat=True)[start : start + query.per_page])
    # SQLite keeps no word statistics to rank by: its matches come in the catalog's own order.
    order = (spec.sorts[0] if sort is RELEVANCE else sort).order
    ordered = entries.filter(pk__in=matching.values("entry_id")).order_by(*order)
    return list(ordered.values_list("pk", flat=True)[start : start + query.per_page])


def search(spec: CatalogSpec, query: Query, language: str = "") -> Result:
    entries = spec.model.objects.filter(locale__language_code=SOURCE_LANGUAGE)
    documents = SearchDocument.objects.filter(catalog=spec.segment)
    stems = query_stems(query.text)
    if stems:
        documents = documents.filter(_text_filter(stems))
    ranged = False
    for bounds in spec.ranges:
        low, high = query.ranges.get(bounds.name, (None, None))
        if low is not None:
            entries, ranged = entries.filter(**{f"{bounds.path}__gte": low}), True
        if high is not None:
            entries, ranged = entries.filter(**{f"{bounds.path}__lte": high}), True
    if ranged:
        documents = documents.filter(entry_id__in=entries.values("pk"))

    selected = {facet.name: query.facets[facet.name] for facet in spec.facets if query.facets.get(facet.name)}
    matching = documents
    for name, values in selected.items():
        matching = matching.filter(_matches(name, values))
    if bitmaps.enabled():
        total, counts = _bitmap_counts(spec, stems, entries if ranged else None, selected, query.counts)
    else:
        total, counts = _counts(documents, selected) if query.counts else (matching.count(), {})
    ids = [] if query.past_window else _page(spec, entries, matching, query, stems)

    facets = {}
    for facet in spec.facets:
        found = counts.get(facet.name, Counter())
        chosen = set(query.facets.get(facet.name, ()))
        facets[facet.name] = [
            FacetValue(value, label, found[value], value in chosen)
            for value, label in facet.choices(spec.model)
            if found[value] or value in chosen
        ]
    return Result(ids, total, facets)
