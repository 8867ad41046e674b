"""A rebuild of the database engine's documents rewrites only what changed, on either database: a row
rewritten on PostgreSQL leaves a dead one that every scan of the catalog reads past until it is vacuumed."""

import pytest

from catalog.models import Organization
from catalog.registry import SPECS
from search import documents
from search.models import SearchDocument

pytestmark = pytest.mark.django_db
SPEC = SPECS["organizations"]


def stored() -> dict[int, tuple[int, str]]:
    rows = SearchDocument.objects.filter(segment=SPEC.segment).values_list("entry_id", "id", "tokens")
    return {entry_id: (row_id, tokens) for entry_id, row_id, tokens in rows}


def test_a_rebuild_rewrites_the_changed_and_removes_the_gone_documents_only(demo_site):
    documents.rebuild(SPEC)
    before = stored()
    changed, gone = Organization.objects.filter(locale__language_code="ru").order_by("pk")[:2]
    changed.description = "Гиперзвуковые аэростаты"
    changed.save()
    gone_pk = gone.pk
    gone.delete()

    progress = []
    assert documents.rebuild(SPEC, write=progress.append) == len(before) - 1
    after = stored()
    assert gone_pk not in after
    assert "гиперзвуков" in after[changed.pk][1].split()
    assert after[changed.pk][0] != before[changed.pk][0]
    untouched = set(before) - {changed.pk, gone_pk}
    assert {pk: after[pk] for pk in untouched} == {pk: before[pk] for pk in untouched}
    assert progress == ["  organizations: 1/1 changed"]


def test_a_rebuild_with_nothing_changed_says_so(demo_site):
    documents.rebuild(SPEC)
    progress = []
    documents.rebuild(SPEC, write=progress.append)
    assert progress == [f"  organizations: {len(stored())} unchanged"]
