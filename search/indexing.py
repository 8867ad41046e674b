"""Keeps every engine's documents current: the database engine's always, Elasticsearch's when it is on.

Live changes are batched per transaction: `changed` adds them to the `Batch` of the current outermost
transaction, which Django runs once, after the commit, in its list of on-commit callbacks; a rollback drops
it with that list (so does the rollback of the savepoint it was queued in, which holds all its changes).
Outside a transaction the change is indexed at once. The batch reindexes each catalog's changed entries in
chunks of CHUNK.

An editor's save never fails because Elasticsearch is away, nor waits for it long: it waits the visitors'
short timeout behind their breaker (search.breaker), the failure is logged, the database documents are
current, and `rebuild_search_index` brings Elasticsearch back in step.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from io import StringIO
from uuid import UUID

from django.core.management import call_command
from django.db import transaction

from catalog.entry import SOURCE_LANGUAGE
from catalog.registry import SPECS, CatalogSpec
from core import cache_generation
from search import breaker, corrections, documents, page_index
from search.engines import elasticsearch_enabled

CHUNK = 500
# Up to this many entries (an editor's save) an update waits the visitors' short timeout; more (an import, a
# renamed taxonomy value) the indexing one.
SHORT_UPDATE = 50


@dataclass
class _Changes:
    """What changed in one catalog; the entries are found when the batch runs, from what the rows say then."""

    keys: set[UUID] = field(default_factory=set)  # translation keys of saved rows, of either language
    pks: set[int] = field(default_factory=set)  # Russian rows that changed or are gone
    related: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))  # relation -> saved ids

    def entries(self, spec: CatalogSpec) -> list[int]:
        pks = set(self.pks)
        sources = spec.model.objects.filter(locale__language_code=SOURCE_LANGUAGE)
        for key_chunk in _chunks(sorted(self.keys, key=str)):
            pks.update(sources.filter(translation_key__in=key_chunk).values_list("pk", flat=True))
        for relation, related in self.related.items():
            for related_chunk in _chunks(sorted(related)):
                lookup = {f"{relation}__in": related_chunk}
                pks.update(sources.filter(**lookup).values_list("pk", flat=True))
        return sorted(pks)


class Batch:
    """The changes of one transaction, by catalog; an on-commit callback that indexes them once."""

    def __init__(self):
        self.changes: dict[str, _Changes] = defaultdict(_Changes)
        self.done = False

    def add(self, spec: CatalogSpec, keys: set[UUID], pks: set[int], relation: str, related: set[int]):
        changes = self.changes[spec.segment]
        changes.keys |= keys
        changes.pks |= pks
        if related:
            changes.related[relation] |= related

    def __call__(self) -> None:
        self.done = True
        for segment, changes in self.changes.items():
            spec = SPECS[segment]
            for pks in _chunks(changes.entries(spec)):
                update(spec, pks)
        # Listings read the documents: a listing kept between the commit and now showed the old ones.
        cache_generation.start_new()


def changed(
    spec: CatalogSpec,
    keys: Iterable[UUID] = (),
    pks: Iterable[int] = (),
    relation: str = "",
    related: Iterable[int] = (),
) -> None:
    """Reindexes, after the commit, the entries of the rows with translation keys `keys`, the Russian rows
    `pks` (gone ones leave the index), and the entries whose `relation` points to a `related` row."""
    keys, pks, related = set(keys), set(pks), set(related)
    if not (keys or pks or related):
        return
    batch = _open_batch()
    if batch is not None:
        batch.add(spec, keys, pks, relation, related)
        return
    batch = Batch()
    batch.add(spec, keys, pks, relation, related)
    # Looked up when called: a test may replace it with one that runs the callback at once.
    transaction.on_commit(batch)


def _open_batch() -> Batch | None:
    """The batch queued in the current transaction and not run yet (Django's test helper for commit
    callbacks runs them without taking them off the list)."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return None
    for _savepoints, callback, _robust in reversed(connection.run_on_commit):
        if isinstance(callback, Batch) and not callback.done:
            return callback
    return None


def _chunks(items: list) -> Iterable[list]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def update(spec: CatalogSpec, pks: list[int]) -> None:
    if not pks:
        return
    documents.rebuild(spec, pks)
    corrections.add_entries(spec, pks)
    if elasticsearch_enabled() and breaker.available():
        from search import elastic

        try:
            elastic.update(spec, pks, short=len(pks) <= SHORT_UPDATE)
        except (elastic.Unavailable, *elastic.FAILURES) as error:
            breaker.failed(f"an update of {spec.segment} {pks}", error)
        else:
            breaker.answered()


def rebuild_all(write: Callable[[str], None] | None = None) -> dict[str, int]:
    """Every catalog's documents for every engine, the database's page index and the vocabulary of the
    corrections; returns the entries per catalog."""
    counts = documents.rebuild_all(write=write)
    page_index.rebuild(write=write)
    corrections.rebuild(write=write)
    if elasticsearch_enabled():
        from search import elastic

        for segment, spec in SPECS.items():
            if write:
                write(f"Elasticsearch: {segment}")
            elastic.rebuild(spec, write=write)
    return counts


def rebuild_wagtail_index(write: Callable[[str], None] | None = None) -> None:
    """Wagtail's own index (the pages' for the site search on Elasticsearch; the admin's search) built
    afresh, with its mapping: pages published before it existed were indexed with Elasticsearch's dynamic
    mapping, which lacks the analysis the site search's queries need, so they found nothing. On
    Elasticsearch the new index replaces the old behind its alias at the end."""
    if write:
        write("Wagtail's index: pages, images, documents")
    call_command("update_index", stdout=StringIO())
