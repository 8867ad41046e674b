"""What every engine indexes about a catalog entry, read from the catalogs in bulk, from the spec alone.

One `EntryDocument` per entry (its Russian row): the text of every language, the facet values with their
labels in both languages (a query word that names a facet value finds the entries that have it, see
search.matching), and the numbers and names the ranges and sorts read. The database engine stores it as a
`SearchDocument`; the Elasticsearch engine as one document per language index. Both are built from the
same batches here.
"""

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import translation

from catalog.entry import SOURCE_LANGUAGE, published
from catalog.registry import SPECS, CatalogSpec
from core.text import document_tokens
from search import bitmaps
from search.backends import current
from search.models import SearchDocument

BATCH = 2000
LANGUAGES = tuple(code for code, _ in settings.LANGUAGES)
ALL = "*"  # a facet key every document has: counting it counts the documents (see engines.database)


@dataclass
class EntryDocument:
    pk: int
    texts: dict[str, list[str]]  # language -> the texts of that language's row
    facets: dict[str, list[str]]  # facet name -> values
    values: dict[str, Any] = field(default_factory=dict)  # range and sort paths -> value
    labels: list[str] = field(default_factory=list)  # the facet values' labels, in both languages
    names: list[str] = field(default_factory=list)  # the entry's name in each language it has one

    @property
    def all_texts(self) -> list[str]:
        return [text for texts in self.texts.values() for text in texts]

    def facet_keys(self) -> dict[str, bool]:
        """The facet values as `name:value` keys of one JSON object (a key test is an indexed lookup)."""
        keys = {f"{name}:{value}": True for name, values in self.facets.items() for value in values}
        return {ALL: True, **keys}


def value_paths(spec: CatalogSpec) -> list[str]:
    """The ORM paths of every range and sort field (without the id, which every document has)."""
    paths = [bounds.path for bounds in spec.ranges]
    paths += [part.lstrip("-") for sort in spec.sorts for part in sort.order]
    return [path for path in dict.fromkeys(paths) if path != "pk"]


def _labels(spec: CatalogSpec) -> dict[str, dict[str, list[str]]]:
    """Facet name -> value -> its labels in both languages, read afresh (not from the listing's cache):
    after an editor renames a taxonomy value, the entries reindexed must carry the new name."""
    labels = {}
    for facet in spec.facets:
        taxonomy = facet.taxonomy(spec.model)
        if taxonomy is None:
            by_value = defaultdict(list)
            for language in LANGUAGES:
                with translation.override(language):
                    for value, label in facet.choices(spec.model):
                        by_value[value].append(label)
            labels[facet.name] = dict(by_value)
        else:
            rows = taxonomy.objects.values_list("slug", "name_ru", "name_en")
            labels[facet.name] = {slug: [name_ru, name_en] for slug, name_ru, name_en in rows}
    return labels


def _batch(spec: CatalogSpec, rows: list[dict]) -> list[EntryDocument]:
    model = spec.model
    pks = [row["pk"] for row in rows]
    texts = list(spec.searched_fields)
    translations = defaultdict(dict)
    for row in (
        model.objects.filter(translation_key__in=[row["translation_key"] for row in rows], live=True)
        .exclude(locale__language_code=SOURCE_LANGUAGE)
        .values("translation_key", "locale__language_code", *texts)
    ):
        translations[row["translation_key"]][row["locale__language_code"]] = [
            str(row[name] or "") for name in texts
        ]
    facets = defaultdict(lambda: defaultdict(list))
    for facet in spec.facets:
        # In a fixed order, so that an entry's document is the same text every time it is made (a rebuild
        # rewrites only the documents that changed); PostgreSQL returns a many-to-many's rows in any order.
        values = model.objects.filter(pk__in=pks).order_by("pk", facet.path).values_list("pk", facet.path)
        for pk, value in values:
            if value is not None and value != "":
                facets[pk][facet.name].append(str(value))
    paths = value_paths(spec)
    labels = _labels(spec)
    name_index = texts.index(spec.model.name_field) if spec.model.name_field in texts else None
    documents = []
    for row in rows:
        by_language = {
            SOURCE_LANGUAGE: [str(row[name] or "") for name in texts],
            **translations[row["translation_key"]],
        }
        values = dict(facets[row["pk"]])
        documents.append(
            EntryDocument(
                pk=row["pk"],
                texts=by_language,
                facets=values,
                values={path: row[path] for path in paths},
                labels=[
                    label
                    for name, chosen in values.items()
                    for value in chosen
                    for label in labels[name].get(value, [])
                ],
                names=[] if name_index is None else [text[name_index] for text in by_language.values()],
            )
        )
    return documents


def entry_documents(spec: CatalogSpec, pks: list[int] | None = None) -> Iterator[list[EntryDocument]]:
    """The documents of `pks` (default: the whole catalog), in batches of BATCH, in id order."""
    sources = published(spec.model).order_by("pk")
    if pks is not None:
        sources = sources.filter(pk__in=pks)
    rows = list(sources.values("pk", "translation_key", *spec.searched_fields, *value_paths(spec)))
    for start in range(0, len(rows), BATCH):
        yield _batch(spec, rows[start : start + BATCH])


def _changes(documents: list[SearchDocument], stored: QuerySet) -> tuple[list[SearchDocument], list[int]]:
    """The documents that differ from the `stored` ones, and the entry ids whose stored rows go (changed or
    gone). Only these are rewritten: on PostgreSQL a rewritten row leaves a dead one that every scan of the
    catalog reads past until it is vacuumed, and rewriting all of them doubled the table (a broad word's
    ranking went from 21 to 47 ms). A rebuild after a deploy changes few documents."""
    current = {
        entry_id: (names, tokens, facets)
        for entry_id, names, tokens, facets in stored.values_list("entry_id", "names", "tokens", "facets")
    }
    changed = [doc for doc in documents if current.get(doc.entry_id) != (doc.names, doc.tokens, doc.facets)]
    kept = {doc.entry_id for doc in documents} - {doc.entry_id for doc in changed}
    return changed, sorted(set(current) - kept)


def rebuild(
    spec: CatalogSpec, pks: list[int] | None = None, write: Callable[[str], None] | None = None
) -> int:
    """Writes the database engine's documents of `pks` (default: the whole catalog); returns how many."""
    documents = [
        SearchDocument(
            segment=spec.segment,
            entry_id=document.pk,
            names=document_tokens(document.names),
            tokens=document_tokens(document.all_texts + document.labels),
            facets=document.facet_keys(),
        )
        for batch in entry_documents(spec, pks)
        for document in batch
    ]
    with transaction.atomic(), bitmaps.kept_in_step(spec.segment, pks):
        stored = SearchDocument.objects.filter(segment=spec.segment)
        if pks is not None:
            stored = stored.filter(entry_id__in=pks)
        changed, stale = _changes(documents, stored)
        for start in range(0, len(stale), BATCH):
            stored.filter(entry_id__in=stale[start : start + BATCH]).delete()
        for start in range(0, len(changed), BATCH):
            SearchDocument.objects.bulk_create(changed[start : start + BATCH])
            if write:
                write(f"  {spec.segment}: {min(start + BATCH, len(changed))}/{len(changed)} changed")
        if write and not changed:
            write(f"  {spec.segment}: {len(documents)} unchanged")
    return len(documents)


def rebuild_all(write: Callable[[str], None] | None = None) -> dict[str, int]:
    counts = {segment: rebuild(spec, write=write) for segment, spec in SPECS.items()}
    current().refresh_statistics()
    return counts
