"""The database engine: the search documents' bitmaps, on PostgreSQL or SQLite.

Entries are the Russian rows (catalog.entry): facts live there, so both languages get the same answers.
Everything is counted on the catalog's bitmaps (search.bitmaps): ANDs and popcounts instead of a row per
document and facet key. Text (search.matching): a word's bitmap is the OR of its alternatives' (each the
AND of its stems'); the words' bitmaps added up bit-sliced (search.bitmaps.counter) give each entry's number
of matched words, and the entries with at least the required number are those the text matches. Facets: a
value of facet F counts the documents that match every selected facet except F (disjunctive counts), and
the "*" key, which every document has, counts them all. The page is then read among the entries found: in
the catalog's order, or by relevance: the entries that match more words first, and among those that match
as many, ranked by the database's own full-text index (search.backends: the exact phrase first, then
PostgreSQL's ts_rank or SQLite's FTS5 bm25).
"""

from collections import Counter
from functools import reduce
from operator import and_, or_

from catalog.entry import published
from catalog.registry import RELEVANCE, CatalogSpec
from search import bitmaps
from search.backends import Backend, current
from search.documents import ALL
from search.matching import Analysis, analyse
from search.models import SearchDocument
from search.query import FacetValue, Query, Result


class DatabaseEngine:
    def __init__(self, backend: Backend):
        self.backend = backend

    def search(self, spec: CatalogSpec, query: Query) -> Result:
        entries = published(spec.model)
        analysis = analyse(query.text)
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
        found, counts, slices = self._found(spec, analysis, within, selected, query.counts)
        ids = []
        if not query.past_window:
            ids = self._page(spec, entries, within, selected, found, slices, query, analysis)

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
        self,
        spec: CatalogSpec,
        analysis: Analysis,
        entries,
        selected: dict[str, tuple[str, ...]],
        counts: bool,
    ) -> tuple[int, dict[str, Counter], list[int]]:
        """The bitmap of the entries found, when `counts`, per facet, the disjunctive count of each value,
        and the bit-sliced number of words each entry matches, from the bitmaps of the query's stems and the
        catalog's facet keys; `entries` (or None) are the entries within the ranges."""
        keys = None
        if not counts:
            keys = [ALL, *(f"{name}:{value}" for name, values in selected.items() for value in values)]
        stems, facet_keys = bitmaps.read(spec.segment, analysis.stems, keys)
        found = facet_keys.get(ALL, 0)
        slices = []
        if analysis.words:
            slices = bitmaps.counter(
                [
                    reduce(or_, (reduce(and_, (stems[item] for item in alt)) for alt in word.alternatives))
                    for word in analysis.words
                ]
            )
            found = reduce(
                or_,
                (bitmaps.exactly(slices, count, found) for count in self._counts(analysis)),
                0,
            )
        if entries is not None:
            found &= bitmaps.of(entries.values_list("pk", flat=True))
        chosen = {
            name: reduce(or_, (facet_keys.get(f"{name}:{value}", 0) for value in values), 0)
            for name, values in selected.items()
        }
        if not counts:
            return reduce(and_, chosen.values(), found), {}, slices
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
        return reduce(and_, chosen.values(), found), values, slices

    @staticmethod
    def _counts(analysis: Analysis) -> range:
        """The numbers of matched words an entry found can have, most first."""
        return range(len(analysis.words), analysis.required - 1, -1)

    def _page(
        self,
        spec: CatalogSpec,
        entries,
        within,
        selected,
        found: int,
        slices: list[int],
        query: Query,
        analysis: Analysis,
    ) -> list[int]:
        """The ids of the requested page of the entries `found` (those that match enough of the query's
        words among the `selected` facet values and, unless None, the entries `within` the ranges), in the
        requested order; `slices` count each entry's matched words (search.bitmaps.counter)."""
        start = (query.page - 1) * query.per_page
        if start >= found.bit_count():
            return []
        sort = spec.sort(query.sort, bool(analysis.words))
        if sort is RELEVANCE:
            documents = SearchDocument.objects.filter(segment=spec.segment)
            for name, values in selected.items():
                documents = documents.filter(facets__has_any_keys=[f"{name}:{value}" for value in values])
            if within is not None:
                documents = documents.filter(entry_id__in=within.values("pk"))
            ids = []
            for count in self._counts(analysis):
                group = bitmaps.exactly(slices, count, found)
                size = group.bit_count()
                if start >= size:
                    start -= size
                    continue
                ids += self.backend.ranked_page(
                    spec.segment,
                    documents,
                    analysis,
                    lambda group=group: bitmaps.entry_ids(group),
                    count == len(analysis.words),
                    start,
                    query.per_page - len(ids),
                )
                start = 0
                if len(ids) == query.per_page:
                    break
            return ids
        ordered = entries.filter(self.backend.among("pk", bitmaps.entry_ids(found))).order_by(*sort.order)
        return list(ordered.values_list("pk", flat=True)[start : start + query.per_page])


def search(spec: CatalogSpec, query: Query, language: str = "") -> Result:
    return DatabaseEngine(current()).search(spec, query)
