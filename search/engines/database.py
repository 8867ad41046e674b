"""The database engine: filters, disjunctive facet counts, ranges and sorts with the ORM.

Entries are the Russian rows (catalog.entry): facts live there, so both languages get the same answers.
"""

from django.db.models import Count, Q

from catalog.entry import SOURCE_LANGUAGE
from search.models import SearchDocument
from search.query import FacetValue, Query, Result
from search.specs import CatalogSpec
from search.text import query_stems


def _sort_order(spec: CatalogSpec, name: str) -> tuple[str, ...]:
    sorts = {sort.name: sort for sort in spec.sorts}
    return (sorts.get(name) or spec.sorts[0]).order


def search(spec: CatalogSpec, query: Query) -> Result:
    model = spec.model
    base = model.objects.filter(locale__language_code=SOURCE_LANGUAGE)
    if query.text:
        # Every stem of the query must be among the entry's stems (in any language).
        documents = SearchDocument.objects.filter(catalog=spec.segment)
        for item in query_stems(query.text):
            documents = documents.filter(tokens__contains=f" {item} ")
        base = base.filter(pk__in=documents.values("entry_id"))
    for bounds in spec.ranges:
        low, high = query.ranges.get(bounds.name, (None, None))
        if low is not None:
            base = base.filter(**{f"{bounds.path}__gte": low})
        if high is not None:
            base = base.filter(**{f"{bounds.path}__lte": high})

    # Each facet filter is a subquery of ids, so many-to-many joins never duplicate or multiply rows.
    selections = {
        facet.name: model.objects.filter(**{f"{facet.path}__in": query.facets[facet.name]}).values("pk")
        for facet in spec.facets
        if query.facets.get(facet.name)
    }

    def filtered(except_facet: str = ""):
        conditions = Q()
        for name, ids in selections.items():
            if name != except_facet:
                conditions &= Q(pk__in=ids)
        return base.filter(conditions)

    results = filtered()
    total = results.count()
    start = (query.page - 1) * query.per_page
    ids = list(
        results.order_by(*_sort_order(spec, query.sort)).values_list("pk", flat=True)[
            start : start + query.per_page
        ]
    )

    facets = {}
    for facet in spec.facets:
        counts = dict(
            filtered(except_facet=facet.name)
            .order_by()
            .values(facet.path)
            .annotate(count=Count("pk", distinct=True))
            .values_list(facet.path, "count")
        )
        chosen = set(query.facets.get(facet.name, ()))
        facets[facet.name] = [
            FacetValue(value, label, counts.get(value, 0), value in chosen)
            for value, label in facet.choices(model)
            if counts.get(value) or value in chosen
        ]
    return Result(ids, total, facets)
