"""Elasticsearch for the catalogs: client, analysis, mapping and documents from the spec, rebuild, updates.

One index per catalog and language behind the alias `<prefix>-<catalog>-<language>`. Both language indexes
hold the text of every language (a visitor finds an entry by its Russian or English words on either site,
as with the database engine) and the labels of its facet values in both languages (search.matching); a
language's index adds the entry's name in that language, which ranks higher in relevance order. The
analyzer stems with the same Snowball algorithms and stop words as core.text, so Elasticsearch and the
database engine find the same entries.
"""

import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from itertools import batched

from django.conf import settings
from django.db import models
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, helpers

from catalog.entry import SOURCE_LANGUAGE, published
from catalog.registry import SPECS, CatalogSpec
from core.text import STOP_WORDS
from search.documents import LANGUAGES, EntryDocument, entry_documents, value_paths

logger = logging.getLogger(__name__)

FAILURES = (TransportError, ApiError)  # unreachable, timed out, or refused: the caller decides what then


class Unavailable(Exception):
    """Elasticsearch could not answer; the database engine can."""


def hosts(url: str) -> list[str]:
    """The nodes of ELASTICSEARCH_URL: one address, or a cluster's separated by commas."""
    return [host.strip() for host in url.split(",") if host.strip()]


def retries(nodes: int) -> dict:
    """The client's retries over `nodes` listed nodes: a node that refuses the connection (down, restarting)
    or says it is busy or unavailable (429, 502, 503, 504) is left for the next one at once, each node once;
    a timeout is not retried, so a visitor still waits one timeout at most before the database answers."""
    return {"max_retries": max(nodes - 1, 0), "retry_on_timeout": False}


@lru_cache(maxsize=4)
def _client(url: str, timeout: float) -> Elasticsearch:
    nodes = hosts(url)
    return Elasticsearch(nodes, request_timeout=timeout, **retries(len(nodes)))


def client(indexing: bool = False) -> Elasticsearch:
    options = settings.CATALOG_SEARCH
    timeout = options["INDEXING_TIMEOUT"] if indexing else options["TIMEOUT"]
    return _client(options["ELASTICSEARCH_URL"], timeout)


def alias_name(spec: CatalogSpec, language: str) -> str:
    return f"{settings.CATALOG_SEARCH['INDEX_PREFIX']}-{spec.segment}-{language}"


def _next(alias: str) -> str:
    """The alias of an index being rebuilt: live updates reach it too, so the rebuild loses no change."""
    return f"{alias}-next"


ANALYSIS = {
    "char_filter": {"yo": {"type": "mapping", "mappings": ["ё => е", "Ё => Е"]}},
    # Words as core.text.WORD sees them: runs of letters and digits.
    "tokenizer": {"words": {"type": "pattern", "pattern": r"[^\p{L}\p{N}]+"}},
    "filter": {
        "stop_ru": {"type": "stop", "stopwords": sorted(STOP_WORDS["ru"])},
        "stem_ru": {"type": "snowball", "language": "Russian"},
        "stop_en": {"type": "stop", "stopwords": sorted(STOP_WORDS["en"])},
        "stem_en": {"type": "snowball", "language": "English"},
    },
    "analyzer": {
        # Russian filters change Cyrillic words only and English ones Latin words only, so each word is
        # stemmed in the language of its script, as core.text.stem does.
        "stems": {
            "type": "custom",
            "char_filter": ["yo"],
            "tokenizer": "words",
            "filter": ["lowercase", "stop_ru", "stem_ru", "stop_en", "stem_en"],
        }
    },
}


def _value_type(field: models.Field) -> dict:
    if isinstance(field, models.DateTimeField | models.DateField):
        return {"type": "date"}
    if isinstance(field, models.DecimalField | models.FloatField):
        return {"type": "double"}
    if isinstance(field, models.IntegerField | models.BigIntegerField | models.PositiveIntegerField):
        return {"type": "long"}
    return {"type": "keyword"}


def _path_field(model, path: str) -> models.Field:
    """The field a value path ends at; after a plain field, a transform's output (`target_date__year`)."""
    *relations, name = path.split("__")
    for relation in relations:
        field = model._meta.get_field(relation)
        if not field.is_relation:
            return field.get_transform(name).output_field
        model = field.related_model
    return model._meta.get_field(name)


def mapping(spec: CatalogSpec) -> dict:
    return {
        "dynamic": "strict",
        "properties": {
            "id": {"type": "long"},
            "text": {"type": "text", "analyzer": "stems"},
            "name": {"type": "text", "analyzer": "stems"},
            "labels": {"type": "text", "analyzer": "stems"},
            "facets": {"properties": {facet.name: {"type": "keyword"} for facet in spec.facets}},
            "values": {
                "properties": {path: _value_type(_path_field(spec.model, path)) for path in value_paths(spec)}
            },
        },
    }


def _value(value):
    return float(value) if hasattr(value, "as_tuple") else value


def source(spec: CatalogSpec, document: EntryDocument, language: str) -> dict:
    name_index = (
        spec.searched_fields.index(spec.model.name_field)
        if spec.model.name_field in spec.searched_fields
        else 0
    )
    names = document.texts.get(language) or document.texts[SOURCE_LANGUAGE]
    return {
        "id": document.pk,
        "text": document.all_texts,
        "name": names[name_index] or document.texts[SOURCE_LANGUAGE][name_index],
        "labels": document.labels,
        "facets": document.facets,
        "values": {path: _value(value) for path, value in document.values.items()},
    }


# A rebuild sends this many bulk requests at once: Elasticsearch indexes one while this process reads and
# serialises the next, where one at a time left each side waiting for the other (see docs/operations.md).
REBUILD_REQUESTS = 2
BULK_CHUNK = 1000


def _send(es: Elasticsearch, chunk: tuple[dict, ...]) -> list[dict]:
    return helpers.bulk(es, chunk, raise_on_error=False, chunk_size=len(chunk))[1]


def _send_concurrently(es: Elasticsearch, chunks, requests: int) -> list[dict]:
    """Up to `requests` chunks on their way at once. The chunks are made in this thread, whose database
    connection (and transaction) their queries need; the other threads only send them."""
    errors = []
    with ThreadPoolExecutor(requests) as senders:
        sending = deque()
        for chunk in chunks:
            sending.append(senders.submit(_send, es, chunk))
            if len(sending) >= requests:
                errors += sending.popleft().result()
        for sent in sending:
            errors += sent.result()
    return errors


def _bulk(es: Elasticsearch, actions, expected: int, requests: int = 1) -> None:
    """Sends the actions, `requests` bulk requests at a time; refusals with the `expected` status are part
    of the plan, any other is an error."""
    chunks = batched(actions, BULK_CHUNK)
    if requests == 1:  # an editor's save: no thread started on its way
        errors = [error for chunk in chunks for error in _send(es, chunk)]
    else:
        errors = _send_concurrently(es, chunks, requests)
    real = [error for error in errors if next(iter(error.values())).get("status") != expected]
    if real:
        raise Unavailable(f"{len(real)} documents were refused, the first: {real[0]}")


def _indices(es: Elasticsearch, alias: str) -> dict[str, set[str]]:
    """The indices of a catalog and language, with their aliases."""
    found = es.indices.get_alias(index=f"{alias}-*", expand_wildcards="open")
    return {index: set(data.get("aliases", {})) for index, data in found.items()}


def rebuild(spec: CatalogSpec, write: Callable[[str], None] | None = None) -> int:
    """New indexes for both languages, filled in bulk, then swapped in behind the aliases in one step.

    Visitors keep searching the old indexes meanwhile. Live updates reach the new ones too (alias
    `-next`), and the bulk load only creates documents, so it never overwrites a newer one; entries
    deleted during the load are removed before the swap.
    """
    es = client(indexing=True)
    stamp = time.strftime("%Y%m%d%H%M%S") + f"{time.time_ns() % 1_000_000:06d}"
    indexes = {}
    for language in LANGUAGES:
        alias = alias_name(spec, language)
        indexes[language] = f"{alias}-{stamp}"
        es.indices.create(
            index=indexes[language],
            settings={
                **settings.ELASTICSEARCH_INDEX_SETTINGS,
                "refresh_interval": "-1",
                "analysis": ANALYSIS,
            },
            mappings=mapping(spec),
            aliases={_next(alias): {}},
        )
    total = published(spec.model).count()
    written = 0

    def actions():
        nonlocal written
        for batch in entry_documents(spec):
            # `create` never overwrites: a document already there came from a live update, so it is newer.
            for document in batch:
                for language in LANGUAGES:
                    yield {
                        "_op_type": "create",
                        "_index": indexes[language],
                        "_id": document.pk,
                        **source(spec, document, language),
                    }
            written += len(batch)
            if write:
                write(f"  {spec.segment}: {written}/{total}")

    # One stream for the whole catalog, so that reading the next entries overlaps indexing the last.
    _bulk(es, actions(), expected=409, requests=REBUILD_REQUESTS)
    # Every published id rather than `pk__in=indexed`: SQLite refuses that many parameters past 250,000.
    # Read once: both languages' indexes hold the Russian rows' ids, and a later deletion reaches them live.
    existing = set(published(spec.model).values_list("pk", flat=True))
    for language, index in indexes.items():
        es.indices.put_settings(index=index, settings={"refresh_interval": "1s"})
        es.indices.refresh(index=index)
        _drop_deleted(es, index, existing)
        _swap(es, alias_name(spec, language), index)
    return written


def _drop_deleted(es: Elasticsearch, index: str, existing: set[int]) -> None:
    indexed = {
        int(hit["_id"])
        for hit in helpers.scan(es, index=index, query={"query": {"match_all": {}}}, _source=False)
    }
    gone = indexed - existing
    if gone:
        _bulk(es, ({"_op_type": "delete", "_index": index, "_id": pk} for pk in gone), expected=404)
        es.indices.refresh(index=index)


def _swap(es: Elasticsearch, alias: str, index: str) -> None:
    old = [name for name, aliases in _indices(es, alias).items() if name != index]
    if es.indices.exists(index=alias) and not es.indices.exists_alias(name=alias):
        es.indices.delete(index=alias)  # an index made under the alias's name by hand or by an old version
    actions = [
        {"remove": {"index": name, "alias": alias}}
        for name, aliases in _indices(es, alias).items()
        if alias in aliases
    ]
    actions += [
        {"add": {"index": index, "alias": alias}},
        {"remove": {"index": index, "alias": _next(alias)}},
    ]
    es.indices.update_aliases(actions=actions)
    if old:
        es.indices.delete(index=",".join(old))


def rebuild_all(write: Callable[[str], None] | None = None) -> dict[str, int]:
    return {segment: rebuild(spec, write=write) for segment, spec in SPECS.items()}


def update(spec: CatalogSpec, pks: list[int], short: bool = False) -> None:
    """Writes the current documents of `pks` into every live or rebuilding index of the catalog, and deletes
    those whose entry is gone (a 404 there: it was never indexed). `short`: with the visitors' timeout."""
    es = client(indexing=not short)
    documents = [document for batch in entry_documents(spec, pks) for document in batch]
    gone = set(pks) - {document.pk for document in documents}
    actions = []
    for language in LANGUAGES:
        alias = alias_name(spec, language)
        for index, aliases in _indices(es, alias).items():
            if aliases & {alias, _next(alias)}:
                actions += [
                    {
                        "_op_type": "index",
                        "_index": index,
                        "_id": document.pk,
                        **source(spec, document, language),
                    }
                    for document in documents
                ]
                actions += [{"_op_type": "delete", "_index": index, "_id": pk} for pk in gone]
    if actions:
        _bulk(es, actions, expected=404)


def delete_indexes() -> None:
    """Removes every catalog index under the prefix (tests use their own prefix)."""
    es = client(indexing=True)
    for spec in SPECS.values():
        for language in LANGUAGES:
            es.indices.delete(
                index=f"{alias_name(spec, language)}-*", expand_wildcards="all", allow_no_indices=True
            )


def refresh() -> None:
    es = client(indexing=True)
    for spec in SPECS.values():
        for language in LANGUAGES:
            es.indices.refresh(index=f"{alias_name(spec, language)}-*", allow_no_indices=True)
