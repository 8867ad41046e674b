"""The Elasticsearch engine: one request per results page (query, post_filter, aggregations).

Text (search.matching, the same words, synonyms and rule as the database engine): a `bool` query whose
`should` holds one clause per word of the query, each worth WORD_SCORE when any of the word's alternatives
is among the entry's stems (its text in every language, its facet values' labels), with
`minimum_should_match` the number search.matching.required gives; other `should` clauses that do not count
towards it order the entries that match as many words: the exact phrase, then the words in the name in the
reader's language, then in the text. A word of 5 letters or more that no entry has (a typo) matches within
one or two edits, worth less: a global aggregation in the same request tells whether a word is known, and
only a query with an unknown word is asked again. Ranges filter the query, so they narrow the facet counts
too; facet selections are a post_filter, and each facet's aggregation applies every selection but its own
(disjunctive counts). All buckets come back: the size is the value list's.
"""

from catalog.registry import RELEVANCE, CatalogSpec
from core.text import WORD
from search.elastic import FAILURES, Unavailable, alias_name, client
from search.matching import Analysis, Word, analyse
from search.query import FacetValue, Query, Result

__all__ = ["Unavailable", "search", "search_many"]

# A matched word outweighs any text score, so the entries that match more words come first.
WORD_SCORE = 1000.0
CLOSE_WORD_SCORE = 400.0
PHRASE_BOOST = 10.0
NAME_BOOST = 3.0
FUZZY_LETTERS = 5  # words this long or longer match within one edit, from 8 letters within two
PHRASE_WORDS = 30  # the typed words, stop words included, that the phrase clause reads


def _has(item: str) -> dict:
    return {"bool": {"should": [{"term": {"text": item}}, {"term": {"labels": item}}]}}


def _exact(word: Word) -> dict:
    alternatives = [{"bool": {"filter": [_has(item) for item in alt]}} for alt in word.alternatives]
    return {"bool": {"should": alternatives}}


def _close(word: Word) -> dict:
    """Stems within one or two edits of the word's single-stem alternatives (prefix kept)."""
    edits = 1 if len(word.typed) < 8 else 2
    return {
        "bool": {
            "should": [
                {"fuzzy": {field: {"value": alt[0], "fuzziness": edits, "prefix_length": 1}}}
                for alt in word.alternatives
                if len(alt) == 1
                for field in ("text", "labels")
            ]
        }
    }


def _fuzzy_candidate(word: Word) -> bool:
    return " " not in word.typed and len(word.typed) >= FUZZY_LETTERS


def _word(word: Word, fuzzy: bool) -> dict:
    clause = {"constant_score": {"filter": _exact(word), "boost": WORD_SCORE}}
    if not fuzzy:
        return clause
    close = {"constant_score": {"filter": _close(word), "boost": CLOSE_WORD_SCORE}}
    return {"dis_max": {"queries": [clause, close]}}


def _text(analysis: Analysis, typed: str, fuzzy: frozenset[int]) -> tuple[list, list]:
    """The query's `must` (the words, enough of them) and `should` (the order among the entries found)."""
    if not analysis.words:
        return [], []
    words = [_word(word, number in fuzzy) for number, word in enumerate(analysis.words)]
    must = [{"bool": {"should": words, "minimum_should_match": analysis.required}}]
    should = [{"term": {"name": {"value": item, "boost": NAME_BOOST}}} for item in analysis.stems]
    should += [{"term": {"text": item}} for item in analysis.stems]
    if len(analysis.phrase) > 1:
        phrase = " ".join(WORD.findall(typed)[:PHRASE_WORDS])
        should.append({"match_phrase": {"text": {"query": phrase, "boost": PHRASE_BOOST}}})
    return must, should


def _known(analysis: Analysis) -> dict:
    """Per word that could be a typo, how many entries of the whole index have it (a global aggregation:
    neither the query nor the filters narrow it)."""
    candidates = {
        str(number): _exact(word) for number, word in enumerate(analysis.words) if _fuzzy_candidate(word)
    }
    if not candidates:
        return {}
    return {"known": {"global": {}, "aggs": {"words": {"filters": {"filters": candidates}}}}}


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


def request(
    spec: CatalogSpec,
    query: Query,
    choices: dict[str, list],
    analysis: Analysis,
    fuzzy: frozenset[int] = frozenset(),
) -> dict:
    """The request of a results page; `fuzzy`: the numbers of the words that also match within edits."""
    must, should = _text(analysis, query.text, fuzzy)
    filters = []
    for bounds in spec.ranges:
        low, high = query.ranges.get(bounds.name, (None, None))
        limits = {key: float(value) for key, value in (("gte", low), ("lte", high)) if value is not None}
        if limits:
            filters.append({"range": {f"values.{bounds.path}": limits}})
    selected = {facet.name: query.facets[facet.name] for facet in spec.facets if query.facets.get(facet.name)}
    start = (query.page - 1) * query.per_page
    aggregations = {
        facet.name: {
            "filter": {"bool": {"filter": _terms(selected, skip=facet.name)}},
            "aggs": {
                "values": {
                    # Only the values the facet offers: a yes-or-no facet offers "True" alone.
                    "terms": {
                        "field": f"facets.{facet.name}",
                        "size": max(len(choices[facet.name]), 1),
                        "include": [value for value, _ in choices[facet.name]],
                    }
                }
            },
        }
        for facet in spec.facets
        if query.counts
    }
    if not fuzzy:
        aggregations.update(_known(analysis))
    body = {
        "query": {
            "bool": {
                "must": must,
                "filter": filters,
                "should": should,
            }
        },
        "post_filter": {"bool": {"filter": _terms(selected)}},
        "aggs": aggregations,
        "sort": _sort(spec, query, bool(analysis.words)),
        "track_total_hits": True,
        "_source": False,
        "from": 0 if query.past_window else start,
        "size": 0 if query.past_window else query.per_page,
    }
    return body


def search(spec: CatalogSpec, query: Query, language: str) -> Result:
    return search_many([spec], query, language)[0]


def search_many(specs: list[CatalogSpec], query: Query, language: str) -> list[Result]:
    """The query in each of `specs`' catalogs (the site search asks all of them): one request for all, and
    one more for those of the catalogs where a word is unknown."""
    analysis = analyse(query.text)
    choices = [{facet.name: facet.choices(spec.model) for facet in spec.facets} for spec in specs]
    indexes = [alias_name(spec, language) for spec in specs]
    answers = _answers(indexes, [request(spec, query, choices[n], analysis) for n, spec in enumerate(specs)])
    unknown = {n: words for n, answer in enumerate(answers) if (words := _unknown(answer))}
    if unknown:
        again = [request(specs[n], query, choices[n], analysis, words) for n, words in unknown.items()]
        for n, answer in zip(unknown, _answers([indexes[n] for n in unknown], again), strict=True):
            answers[n] = answer
    return [_result(spec, query, choices[n], answers[n]) for n, spec in enumerate(specs)]


def _answers(indexes: list[str], bodies: list[dict]) -> list[dict]:
    """The answers of a multi search, in the requests' order; a request that failed fails them all, so
    that the database answers the whole page. On a cluster that has lost every copy of a shard (two nodes
    down of three), Elasticsearch would answer from the others with smaller totals and counts: such an
    answer is refused, and the database answers."""
    pairs = zip(indexes, bodies, strict=True)
    header = {"allow_partial_search_results": False}
    searches = [part for index, body in pairs for part in ({"index": index, **header}, body)]
    try:
        responses = client().msearch(searches=searches)["responses"]
    except FAILURES as error:
        raise Unavailable(str(error)) from error
    failed = [response["error"] for response in responses if "error" in response]
    if failed:
        raise Unavailable(str(failed[0]))
    return responses


def _unknown(answer: dict) -> frozenset[int]:
    """The numbers of the query's words that no entry of the catalog has (typos, perhaps)."""
    known = answer.get("aggregations", {}).get("known", {}).get("words", {}).get("buckets", {})
    return frozenset(int(number) for number, bucket in known.items() if not bucket["doc_count"])


def _result(spec: CatalogSpec, query: Query, choices: dict[str, list], answer: dict) -> Result:
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
