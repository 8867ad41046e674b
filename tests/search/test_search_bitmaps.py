"""The bitmaps (search.bitmaps), on either database, after live updates equal the bitmaps a full rebuild
writes, and the migration that fills them from stored documents writes the same bytes."""

from importlib import import_module
from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from catalog.models import Organization
from catalog.registry import SPECS
from search import documents
from search.models import SearchBitmap
from taxonomy.models import OrganizationRole

pytestmark = pytest.mark.django_db
SPEC = SPECS["organizations"]


def bitmaps() -> dict:
    rows = SearchBitmap.objects.filter(segment=SPEC.segment).values_list("facet", "key", "bits")
    return {(facet, key): bytes(bits) for facet, key, bits in rows}


def test_live_updates_keep_the_bitmaps_equal_to_a_full_rebuild(demo_site, django_capture_on_commit_callbacks):
    first, second, third = Organization.objects.filter(locale__language_code="ru").order_by("pk")[:3]
    investor = OrganizationRole.objects.get(slug="investor")
    with django_capture_on_commit_callbacks(execute=True):
        first.description = "Гиперзвуковые аэростаты"
        first.size = "large" if first.size != "large" else "small"
        first.save()
        second.roles.add(investor)
        second.save()
        third.delete()
    updated = bitmaps()
    assert (False, "гиперзвуков") in updated
    assert all(updated.values()), "a key no document has any more has no bitmap"

    documents.rebuild(SPEC)
    assert bitmaps() == updated


def test_the_migrations_fill_the_same_bitmaps_as_a_rebuild(demo_site):
    documents.rebuild(SPEC)
    rebuilt = bitmaps()
    SearchBitmap.objects.all().delete()
    # Each fills the bitmaps of its own database (0003: PostgreSQL, 0004: SQLite) and leaves the other alone.
    # The models as those migrations knew them (the tables have not changed since, their models have).
    historical = (
        MigrationLoader(connection).project_state(("search", "0006_page_documents_and_vocabulary")).apps
    )
    with connection.cursor() as cursor:
        schema_editor = SimpleNamespace(connection=connection, execute=cursor.execute)
        import_module("search.migrations.0003_postgres_bitmaps").fill(historical, schema_editor)
        import_module("search.migrations.0004_sqlite_full_text_and_bitmaps").fill_bitmaps(
            historical, schema_editor
        )
    assert bitmaps() == rebuilt
