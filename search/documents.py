"""Builds the database engine's search documents from the catalogs, in bulk, and keeps them current."""

from collections.abc import Callable

from django.db import transaction

from catalog.entry import SOURCE_LANGUAGE
from search.models import SearchDocument
from search.specs import SPECS, CatalogSpec
from search.text import document_tokens

BATCH = 2000


def _texts(spec: CatalogSpec, pks: list[int] | None):
    """(Russian row pk, [every text of the entry in every language]) for the entries, in batches."""
    model = spec.model
    sources = model.objects.filter(locale__language_code=SOURCE_LANGUAGE).order_by("pk")
    if pks is not None:
        sources = sources.filter(pk__in=pks)
    fields = list(spec.text_fields)
    rows = list(sources.values("pk", "translation_key", *fields))
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        keys = [row["translation_key"] for row in batch]
        translations = {}
        for row in (
            model.objects.filter(translation_key__in=keys)
            .exclude(locale__language_code=SOURCE_LANGUAGE)
            .values("translation_key", *fields)
        ):
            translations.setdefault(row["translation_key"], []).append(row)
        for row in batch:
            texts = [str(row[name] or "") for name in fields]
            for translation in translations.get(row["translation_key"], []):
                texts += [str(translation[name] or "") for name in fields]
            yield row["pk"], texts


def rebuild(
    spec: CatalogSpec, pks: list[int] | None = None, write: Callable[[str], None] | None = None
) -> int:
    """Writes the documents of `pks` (default: the whole catalog); returns how many were written."""
    documents = [
        SearchDocument(catalog=spec.segment, entry_id=pk, tokens=document_tokens(texts))
        for pk, texts in _texts(spec, pks)
    ]
    with transaction.atomic():
        stale = SearchDocument.objects.filter(catalog=spec.segment)
        if pks is not None:
            stale = stale.filter(entry_id__in=pks)
        stale.delete()
        for start in range(0, len(documents), BATCH):
            SearchDocument.objects.bulk_create(documents[start : start + BATCH])
            if write:
                write(f"  {spec.segment}: {min(start + BATCH, len(documents))}/{len(documents)}")
    return len(documents)


def rebuild_all(write: Callable[[str], None] | None = None) -> dict[str, int]:
    return {segment: rebuild(spec, write=write) for segment, spec in SPECS.items()}
