"""Wagtail's Elasticsearch 8 backend for the pages, with the catalogs' word forms and matching rule.

Every text field of the page index is analysed by the catalogs' analyzer (search.elastic.ANALYSIS: the
Snowball stems and stop words of core.text), made the index's default, so «гранты» finds what «грант»
finds as on the database engines (search.page_index). A query of several words needs `required(n)` of its n
words (search.matching.required), not all of them. Configured as WAGTAILSEARCH_BACKENDS' BACKEND
"search.wagtail_elasticsearch"; changing the analysis needs `manage.py update_index`.
"""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend, Elasticsearch8SearchQueryCompiler

from core.text import query_stems
from search.elastic import ANALYSIS
from search.matching import required


class StemmedQueryCompiler(Elasticsearch8SearchQueryCompiler):
    def _compile_plaintext_query(self, query, fields, boost=1.0):
        match = {"query": query.query_string}
        if query.operator == "or":
            match["minimum_should_match"] = max(1, required(len(query_stems(query.query_string))))
        else:
            match["operator"] = query.operator
        if len(fields) == 1:
            if boost != 1.0 or fields[0].boost != 1.0:
                match["boost"] = boost * fields[0].boost
            return {"match": {fields[0].field_name: match}}
        if boost != 1.0:
            match["boost"] = boost
        return {"multi_match": {**match, "fields": [field.field_name_with_boost for field in fields]}}


class SearchBackend(Elasticsearch8SearchBackend):
    query_compiler_class = StemmedQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        analysis = self.settings["settings"]["analysis"]
        for part, definitions in ANALYSIS.items():
            analysis.setdefault(part, {}).update(definitions)
        analysis["analyzer"]["default"] = ANALYSIS["analyzer"]["stems"]
