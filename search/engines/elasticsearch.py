"""The Elasticsearch engine: one request per results page (query, post_filter, aggregations).

Text: each stem of the query (core.text, the same stems the database engine uses) must be among the
entry's indexed stems; scoring ranks names in the reader's language higher. Ranges filter the query, so
they narrow the facet counts too; facet selections are a post_filter, and each facet's aggregation applies
every selection but its own (disjunctive counts). All buckets come back: the size is the value list's.
"""

from catalog.registry import RELEVANCE, CatalogSpec
from core.text import query_stems
from search.elastic import FAILURES, Unavailable, alias_name, client
from search.query import FacetValue, Query, Result

__all__ = ["Unavailable", "search"]


def _terms(selected: dict[str, tuple[str, ...]], skip: str = "") -> list[dict]:
    return [{"terms": {f"facets.{name}": list(values)}} for name, values in selected.items() if name != skip]


def _sort(spec: CatalogSpec, query: Query, has_text: bool) -> list:
    sort = spec.sort(query.sort, has_text)
    if sort is RELEVANCE:
        return ["_score", {"id": "asc"}]
    order = []
    for part in sort.order:
        path = part.lstrip("-")
        order.append({"id" if path == "pk" else f"values.{path}": "desc" if part.startswith("-") else "asc"})
    return order


def request(spec: CatalogSpec, query: Query, choices: dict[str, list]) -> dict:
    stems = query_stems(query.text)
    must = [{"term": {"text": item}} for item in stems]
    filters = []
    for bounds in spec.ranges:
        low, high = query.ranges.get(bounds.name, (None, None))
        limits = {key: float(value) for key, value in (("gte", low), ("lte", high)) if value is not None}
        if limits:
            filters.append({"range": {f"values.{bounds.path}": limits}})
    selected = {facet.name: query.facets[facet.name] for facet in spec.facets if query.facets.get(facet.name)}
    start = (query.page - 1) * query.per_page
    body = {
        "query": {
            "bool": {
                "must": must,
                "filter": filters,
                "should": [{"terms": {"name": stems, "boost": 2}}] if stems else [],
            }
        },
        "post_filter": {"bool": {"filter": _terms(selected)}},
        "aggs": {
            facet.name: {
                "filter": {"bool": {"filter": _terms(selected, skip=facet.name)}},
                "aggs": {
                    "values": {
                        "terms": {"field": f"facets.{facet.name}", "size": max(len(choices[facet.name]), 1)}
                    }
                },
            }
            for facet in spec.facets
            if query.counts
        },
        "sort": _sort(spec, query, bool(stems)),
        "track_total_hits": True,
        "_source": False,
        "from": 0 if query.past_window else start,
        "size": 0 if query.past_window else query.per_page,
    }
    return body


def search(spec: CatalogSpec, query: Query, language: str) -> Result:
    choices = {facet.name: facet.choices(spec.model) for facet in spec.facets}
    try:
        answer = client().search(index=alias_name(spec, language), **request(spec, query, choices))
    except FAILURES as error:
        raise Unavailable(str(error)) from error
    ids = [int(hit["_id"]) for hit in answer["hits"]["hits"]]
    facets = {}
    aggregations = answer.get("aggregations", {})
    for facet in spec.facets:
        buckets = aggregations[facet.name]["values"]["buckets"] if query.counts else []
        found = {bucket["key"]: bucket["doc_count"] for bucket in buckets}
        chosen = set(query.facets.get(facet.name, ()))
        facets[facet.name] = [
            FacetValue(value, label, found.get(value, 0), value in chosen)
            for value, label in choices[facet.name]
            if found.get(value) or value in chosen
        ]
    return Result(ids, answer["hits"]["total"]["value"], facets)
