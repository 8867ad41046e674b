"""The database engine: the search documents' bitmaps, on PostgreSQL or SQLite.

Entries are the Russian rows (catalog.entry): facts live there, so both languages get the same answers.
Everything is counted on the catalog's bitmaps (search.bitmaps): ANDs and popcounts instead of a row per
document and facet key. Text: every stem of the query must be among the document's words, so the words'
bitmaps ANDed are the entries the text matches. Facets: a value of facet F counts the documents that match
every selected facet except F (disjunctive counts), and the "*" key, which every document has, counts them
all. The page is then read among the entries found: in the catalog's order, or ranked by the database's own
full-text index (search.backends: PostgreSQL's ts_rank, SQLite's FTS5 bm25).
"""

from collections import Counter
from functools import reduce
from operator import and_, or_

from catalog.entry import SOURCE_LANGUAGE
from catalog.registry import RELEVANCE, CatalogSpec
from core.text import query_stems
from search import bitmaps
from search.backends import Backend, current
from search.documents import ALL
from search.models import SearchDocument
from search.query import FacetValue, Query, Result


class DatabaseEngine:
    def __init__(self, backend: Backend):
        self.backend = backend

    def search(self, spec: CatalogSpec, query: Query) -> Result:
        entries = spec.model.objects.filter(locale__language_code=SOURCE_LANGUAGE)
        stems = query_stems(query.text)
        ranged = False
        for bounds in spec.ranges:
            low, high = query.ranges.get(bounds.name, (None, None))
            if low is not None:
                entries, ranged = entries.filter(**{f"{bounds.path}__gte": low}), True
            if high is not None:
                entries, ranged = entries.filter(**{f"{bounds.path}__lte": high}), True
        selected = {
            facet.name: query.facets[facet.name] for facet in spec.facets if query.facets.get(facet.name)
        }
        within = entries if ranged else None
        found, counts = self._found(spec, stems, within, selected, query.counts)
        ids = [] if query.past_window else self._page(spec, entries, within, selected, found, query, stems)

        facets = {}
        for facet in spec.facets:
            values = counts.get(facet.name, Counter())
            chosen = set(query.facets.get(facet.name, ()))
            facets[facet.name] = [
                FacetValue(value, label, values[value], value in chosen)
                for value, label in facet.choices(spec.model)
                if values[value] or value in chosen
            ]
        return Result(ids, found.bit_count(), facets)

    def _found(
        self, spec: CatalogSpec, stems: list[str], entries, selected: dict[str, tuple[str, ...]], counts: bool
    ) -> tuple[int, dict[str, Counter]]:
        """The bitmap of the entries found and, when `counts`, per facet, the disjunctive count of each
        value, from the bitmaps of the query's words and the catalog's facet keys; `entries` (or None) are
        the entries within the ranges."""
        keys = None
        if not counts:
            keys = [ALL, *(f"{name}:{value}" for name, values in selected.items() for value in values)]
        words, facet_keys = bitmaps.read(spec.segment, stems, keys)
        found = facet_keys.get(ALL, 0)
        if stems:
            # A query the database parses into no word at all finds nothing, as its text match does.
            found = reduce(and_, words, found) if words else 0
        if entries is not None:
            found &= bitmaps.of(entries.values_list("pk", flat=True))
        chosen = {
            name: reduce(or_, (facet_keys.get(f"{name}:{value}", 0) for value in values), 0)
            for name, values in selected.items()
        }
        if not counts:
            return reduce(and_, chosen.values(), found), {}
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
        return reduce(and_, chosen.values(), found), values

    def _page(
        self, spec: CatalogSpec, entries, within, selected, found: int, query: Query, stems: list[str]
    ) -> list[int]:
        """The ids of the requested page of the entries `found` (those of the query's words among the
        `selected` facet values and, unless None, the entries `within` the ranges), in the requested order."""
        start = (query.page - 1) * query.per_page
        if start >= found.bit_count():
            return []
        sort = spec.sort(query.sort, bool(stems))
        if sort is RELEVANCE:
            documents = SearchDocument.objects.filter(catalog=spec.segment)
            for name, values in selected.items():
                documents = documents.filter(facets__has_any_keys=[f"{name}:{value}" for value in values])
            if within is not None:
                documents = documents.filter(entry_id__in=within.values("pk"))
            return self.backend.ranked_page(
                spec.segment, documents, stems, lambda: bitmaps.entry_ids(found), start, query.per_page
            )
        ordered = entries.filter(self.backend.among("pk", bitmaps.entry_ids(found))).order_by(*sort.order)
        return list(ordered.values_list("pk", flat=True)[start : start + query.per_page])


def search(spec: CatalogSpec, query: Query, language: str = "") -> Result:
    return DatabaseEngine(current()).search(spec, query)
