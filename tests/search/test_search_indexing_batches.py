"""Live indexing is batched per transaction: an import or an editor's save is indexed once, after the commit;
a rollback indexes nothing. Tests that capture the commit callbacks make every change inside the capture:
the one batch of a transaction is queued with its first change."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction

from catalog import importing
from catalog.importing import import_catalog
from catalog.models import Organization, Premises
from catalog.registry import SPECS
from search import documents, indexing
from search.benchmark_indexing import write_organizations
from search.models import SearchBitmap, SearchDocument
from taxonomy.models import OrganizationRole, Region
from tests.factories import make_entry

pytestmark = pytest.mark.django_db

SPEC = SPECS["organizations"]


@pytest.fixture
def rebuilds(monkeypatch):
    """The ids each call of documents.rebuild was given."""
    calls = []
    rebuild = documents.rebuild

    def counted(spec, pks=None, write=None):
        calls.append((spec.segment, list(pks)))
        return rebuild(spec, pks, write)

    monkeypatch.setattr(documents, "rebuild", counted)
    return calls


def batches(callbacks) -> list[indexing.Batch]:
    return [callback for callback in callbacks if isinstance(callback, indexing.Batch)]


def stored_documents() -> dict:
    return {
        (document.segment, document.entry_id): (document.tokens, document.facets)
        for document in SearchDocument.objects.all()
    }


def stored_bitmaps() -> dict:
    return {(row.segment, row.facet, row.key): bytes(row.bits) for row in SearchBitmap.objects.all()}


def organization(name: str, inn: str, roles=("participant",)) -> Organization:
    return make_entry(
        Organization,
        english={"name": f"{name} (en)", "description": "Composite fibres"},
        relations={"roles": OrganizationRole.objects.filter(slug__in=roles)},
        name=name,
        description="Углеродные волокна",
        inn=inn,
        legal_form="llc",
        region=Region.objects.get(slug="moscow"),
        size="small",
    )


@pytest.mark.parametrize("rows", [3, 60])
def test_an_import_is_indexed_once_whatever_its_size(
    homes, taxonomies, tmp_path, rebuilds, django_capture_on_commit_callbacks, rows
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = import_catalog("organizations", write_organizations(tmp_path, rows))

    assert len(batches(callbacks)) == 1
    assert rebuilds == [("organizations", sorted(result.created))]
    assert SearchDocument.objects.filter(segment="organizations").count() == rows


def test_the_import_command_indexes_its_rows_once(
    homes, taxonomies, rebuilds, django_capture_on_commit_callbacks
):
    examples = Path(importing.__file__).resolve().parent / "data" / "import-examples"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        call_command("import_catalog", "premises", str(examples / "premises.csv"), stdout=StringIO())

    imported = Premises.objects.filter(locale__language_code="ru").order_by("pk")
    assert len(batches(callbacks)) == 1
    assert rebuilds == [("premises", [entry.pk for entry in imported])]


def test_a_large_import_is_indexed_in_chunks_by_one_batch(
    homes, taxonomies, tmp_path, rebuilds, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(indexing, "CHUNK", 4)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = import_catalog("organizations", write_organizations(tmp_path, 10))

    assert len(batches(callbacks)) == 1
    created = sorted(result.created)
    assert rebuilds == [("organizations", created[start : start + 4]) for start in (0, 4, 8)]
    assert SearchDocument.objects.filter(segment="organizations").count() == 10


def test_the_documents_of_an_import_equal_those_of_a_full_rebuild(
    homes, taxonomies, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_catalog("organizations", write_organizations(tmp_path, 25))
    imported, imported_bitmaps = stored_documents(), stored_bitmaps()

    documents.rebuild(SPEC)
    assert imported == stored_documents()
    assert imported_bitmaps == stored_bitmaps()
    assert len(imported) == 25


def test_an_entry_saved_with_its_relations_and_translation_is_indexed_once(
    homes, taxonomies, rebuilds, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        laboratory = organization("Лаборатория композитов", "7700000001")
        laboratory.roles.add(OrganizationRole.objects.get(slug="investor"))
        laboratory.save()

    assert len(batches(callbacks)) == 1
    assert rebuilds == [("organizations", [laboratory.pk])]
    facets = SearchDocument.objects.get(segment="organizations", entry_id=laboratory.pk).facets
    assert {"roles:participant", "roles:investor"} <= set(facets)


def test_a_rolled_back_change_leaves_the_documents_as_they_were(
    homes, taxonomies, rebuilds, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        laboratory = organization("Лаборатория композитов", "7700000001")
    before = stored_documents()
    rebuilds.clear()

    capture = django_capture_on_commit_callbacks(execute=True)
    with capture as callbacks, pytest.raises(RuntimeError), transaction.atomic():
        laboratory.description = "Техническая керамика"
        laboratory.roles.clear()
        laboratory.save()
        raise RuntimeError("the editor's request failed")

    assert batches(callbacks) == []
    assert rebuilds == []
    assert stored_documents() == before


def test_deletions_and_taxonomy_changes_join_the_batch(
    homes, taxonomies, rebuilds, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        laboratory = organization("Лаборатория композитов", "7700000001")
        factory = organization("Фабрика дронов", "7700000002", roles=("investor",))
    entries = sorted([laboratory.pk, factory.pk])
    rebuilds.clear()

    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        factory.delete()
        Organization.objects.get(
            translation_key=laboratory.translation_key, locale__language_code="en"
        ).delete()
        OrganizationRole.objects.get(slug="participant").delete()

    assert len(batches(callbacks)) == 1
    assert rebuilds == [("organizations", entries)]
    document = SearchDocument.objects.get(segment="organizations")
    assert document.entry_id == laboratory.pk
    assert "roles:participant" not in document.facets
    assert "composit" not in document.tokens


@pytest.mark.django_db(transaction=True)
def test_a_commit_indexes_a_rollback_does_not_and_autocommit_indexes_at_once(homes, taxonomies, rebuilds):
    with transaction.atomic():
        laboratory = organization("Лаборатория композитов", "7700000001")
        assert rebuilds == []
    assert rebuilds == [("organizations", [laboratory.pk])]

    with pytest.raises(RuntimeError), transaction.atomic():
        organization("Фабрика дронов", "7700000002")
        raise RuntimeError("the import failed")
    assert len(rebuilds) == 1

    laboratory.description = "Техническая керамика"
    laboratory.save()
    assert len(rebuilds) == 2
    assert "керамик" in SearchDocument.objects.get(segment="organizations", entry_id=laboratory.pk).tokens
