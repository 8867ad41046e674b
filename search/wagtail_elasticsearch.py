"""Wagtail's Elasticsearch 8 backend for the pages, with the catalogs' word forms and matching rule.

Every text field of the page index is analysed by the catalogs' analyzer (search.elastic.ANALYSIS: the
Snowball stems and stop words of core.text), made the index's default, so «гранты» finds what «грант»
finds as on the database engines (search.page_index). A query of several words needs `required(n)` of its n
words (search.matching), not all of them, and a word is matched by itself or one of its synonyms. Configured
as WAGTAILSEARCH_BACKENDS' BACKEND "search.wagtail_elasticsearch"; changing the analysis needs
`manage.py update_index`.
"""

from django.conf import settings
from django.db.models import QuerySet
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend, Elasticsearch8SearchQueryCompiler

from search import breaker
from search.elastic import ANALYSIS, FAILURES, retries
from search.matching import Word, analyse


class StemmedQueryCompiler(Elasticsearch8SearchQueryCompiler):
    def _compile_plaintext_query(self, query, fields, boost=1.0):
        if query.operator != "or":
            return super()._compile_plaintext_query(query, fields, boost)
        names = [field.field_name_with_boost for field in fields]
        analysis = analyse(query.query_string)
        words = [_word(word, names) for word in analysis.words]
        clause = {"bool": {"should": words, "minimum_should_match": max(1, analysis.required)}}
        if boost != 1.0:
            clause["bool"]["boost"] = boost
        return clause


def _stem(stem: str, fields: list[str]) -> dict:
    # The fields hold stems (the index's analyzer); a stem is looked up as it is, not stemmed again.
    return {"multi_match": {"query": stem, "fields": fields, "analyzer": "keyword"}}


def _word(word: Word, fields: list[str]) -> dict:
    """A word of the query: any of its alternatives (itself or a synonym), each with all of its stems."""
    alternatives = [{"bool": {"must": [_stem(stem, fields) for stem in alt]}} for alt in word.alternatives]
    return {"bool": {"should": alternatives, "minimum_should_match": 1}}


class SearchBackend(Elasticsearch8SearchBackend):
    query_compiler_class = StemmedQueryCompiler

    def add(self, obj):
        self._live_update(obj, "add_item", "a page's indexing")

    def delete(self, obj):
        self._live_update(obj, "delete_item", "a page's removal from the index")

    def _live_update(self, obj, action: str, what: str) -> None:
        """One page indexed or removed after an editor's save; skipped while Elasticsearch is failing, as
        `update_index` brings the index back in step."""
        if not breaker.available():
            return
        index = self.get_index_for_model(type(obj))
        index.es = self.live
        try:
            getattr(index, action)(obj)
        except FAILURES as error:
            breaker.failed(what, error)
        else:
            breaker.answered()

    def ranked_ids(self, pages: QuerySet, text: str, limit: int) -> tuple[int, list[int]]:
        """How many of `pages` match `text`, and the ids of the first `limit`, the most relevant first: one
        request, where Wagtail's results ask again for the count and read the pages from the database."""
        results = self.search(text, pages, operator="or")
        answer = self.live.search(
            index=self.get_index_for_model(pages.model).name,
            **results._get_es_body(),
            size=limit,
            _source=False,
            stored_fields="pk",
            track_total_hits=True,
            # Missing shards (a cluster that lost every copy of one) fail the search rather than shrink it.
            allow_partial_search_results=False,
        )
        hits = answer["hits"]
        return hits["total"]["value"], [int(hit["fields"]["pk"][0]) for hit in hits["hits"]]

    def __init__(self, params):
        super().__init__(params)
        # A visitor's search and an editor's save wait the catalogs' short timeout, behind their breaker
        # (search.breaker); `update_index` keeps the backend's own, longer one.
        self.live = self.es.options(
            request_timeout=settings.CATALOG_SEARCH["TIMEOUT"], **retries(len(self.hosts))
        )
        analysis = self.settings["settings"]["analysis"]
        for part, definitions in ANALYSIS.items():
            analysis.setdefault(part, {}).update(definitions)
        analysis["analyzer"]["default"] = ANALYSIS["analyzer"]["stems"]
