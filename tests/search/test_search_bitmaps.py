"""PostgreSQL's bitmaps (search.bitmaps) after live updates equal the bitmaps a full rebuild writes, and the
migration that fills them from stored documents writes the same bytes."""

import pytest
from django.db import connection

from catalog.models import Organization, OrganizationRole
from search import documents
from search.models import SearchBitmap
from search.specs import SPECS

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the bitmaps are PostgreSQL's"),
]
SPEC = SPECS["organizations"]


def bitmaps() -> dict:
    rows = SearchBitmap.objects.filter(catalog=SPEC.segment).values_list("facet", "key", "bits")
    return {(facet, key): bytes(bits) for facet, key, bits in rows}


def test_live_updates_keep_the_bitmaps_equal_to_a_full_rebuild(demo_site, django_capture_on_commit_callbacks):
    first, second, third = Organization.objects.filter(locale__language_code="ru").order_by("pk")[:3]
    investor = OrganizationRole.objects.get(slug="investor")
    with django_capture_on_commit_callbacks(execute=True):
        first.description = "Гиперзвуковые аэростаты"
        first.size = "large" if first.size != "large" else "small"
        first.save()
        second.roles.add(investor)
        third.delete()
    updated = bitmaps()
    assert (False, "гиперзвуков") in updated
    assert all(updated.values()), "a key no document has any more has no bitmap"

    documents.rebuild(SPEC)
    assert bitmaps() == updated


def test_the_migration_fills_the_same_bitmaps_as_a_rebuild(demo_site):
    from importlib import import_module

    fill = import_module("search.migrations.0003_postgres_bitmaps").FILL
    documents.rebuild(SPEC)
    rebuilt = bitmaps()
    SearchBitmap.objects.all().delete()
    with connection.cursor() as cursor:
        cursor.execute(fill)
    assert bitmaps() == rebuilt
