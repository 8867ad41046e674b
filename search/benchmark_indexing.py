"""What live indexing costs: `.venv/bin/python -m search.benchmark_indexing [--rows N]`.

In a fresh test database (SQLite in memory, or a `test_` copy of DATABASE_URL's PostgreSQL database), with
real commits, it counts the database queries, the after-commit callbacks queued, the calls of
`search.documents.rebuild` and `search.elastic.update`, and the bulk requests sent to Elasticsearch for
(a) an editor's save of an organization in the Wagtail admin edit view, (b) a save of an organization and its
English translation with their relations in one transaction, the way wagtail-localize and the importer save
them, and (c) the import of a CSV of N organizations with English text (default 1,000). With
ELASTICSEARCH_URL set, Elasticsearch is on (indexes under ELASTICSEARCH_INDEX_PREFIX, default
`imoscow-benchmark`, deleted afterwards).
"""

import argparse
import csv
import os
import tempfile
import time
from collections import Counter
from contextlib import ExitStack, contextmanager
from pathlib import Path
from unittest import mock

import django

COLUMNS = ["name", "inn", "legal_form", "region", "industries", "roles", "size", "founded", "description"]
ENGLISH_COLUMNS = ["name_en", "description_en"]
FIGURES = ["queries", "on_commit", "rebuild", "elastic.update", "bulk requests", "seconds"]


def valid_inn(number: int) -> str:
    """A 10-digit Moscow INN (region 77) with a correct check digit."""
    from catalog.validators import inn_is_valid

    stem = f"77{number:07d}"
    return next(stem + digit for digit in "0123456789" if inn_is_valid(stem + digit))


def write_organizations(folder: Path, rows: int) -> Path:
    path = folder / "organizations.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS + ENGLISH_COLUMNS)
        for number in range(1, rows + 1):
            writer.writerow(
                [
                    f"ООО «Испытание {number}»",
                    valid_inn(number),
                    "llc",
                    "77",
                    "robotics;biotechnology" if number % 2 else "pharmaceuticals",
                    "participant" if number % 3 else "participant;investor",
                    ("micro", "small", "medium", "large")[number % 4],
                    str(1990 + number % 30),
                    f"Разрабатывает промышленных роботов, серия {number}.",
                    f"Trial {number} LLC",
                    f"Develops industrial robots, series {number}.",
                ]
            )
    return path


@contextmanager
def counted():
    """Counts what runs inside the block; the counts are complete when the block ends."""
    from django.db import connection, transaction
    from elasticsearch import Elasticsearch

    from search import documents, elastic

    counts = Counter()

    def counting(name, function):
        def wrapper(*args, **kwargs):
            counts[name] += 1
            return function(*args, **kwargs)

        return wrapper

    def count_query(execute, sql, params, many, context):
        counts["queries"] += 1
        return execute(sql, params, many, context)

    started = time.perf_counter()
    with ExitStack() as stack:
        stack.enter_context(connection.execute_wrapper(count_query))
        stack.enter_context(
            mock.patch.object(transaction, "on_commit", counting("on_commit", transaction.on_commit))
        )
        stack.enter_context(mock.patch.object(documents, "rebuild", counting("rebuild", documents.rebuild)))
        stack.enter_context(mock.patch.object(elastic, "update", counting("elastic.update", elastic.update)))
        stack.enter_context(
            mock.patch.object(Elasticsearch, "bulk", counting("bulk requests", Elasticsearch.bulk))
        )
        yield counts
    counts["seconds"] = round(time.perf_counter() - started, 2)


def form_data(form) -> dict[str, list[str]]:
    """What a browser would send for `form` as rendered."""
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name = field["name"]
        if field.name == "textarea":
            data.setdefault(name, []).append(field.get_text())
        elif field.name == "select":
            data.setdefault(name, []).extend(option.get("value", "") for option in field.select("[selected]"))
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button", "file"):
            data.setdefault(name, []).append(field.get("value", ""))
    return data


def admin_save(organization) -> None:
    """An editor changes the description of `organization` in the Wagtail admin edit view and saves."""
    from bs4 import BeautifulSoup
    from django.contrib.auth import get_user_model
    from django.test import Client

    editor, _ = get_user_model().objects.get_or_create(
        username="benchmark-editor", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(editor)
    url = f"/admin/snippets/catalog/organization/edit/{organization.pk}/"
    page = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    data = form_data(page.select_one("form[method=post][action]:has(textarea[name=description])"))
    data["description"] = ["Описание, исправленное редактором."]
    with counted() as counts:
        response = client.post(url, data)
    if response.status_code != 302:
        raise RuntimeError(f"the admin did not save the organization ({response.status_code})")
    return counts


def translated_save(organization) -> Counter:
    """The Russian row and its English translation saved with their relations in one transaction."""
    from django.db import transaction

    from catalog.models import Organization
    from taxonomy.models import Industry, OrganizationRole

    english = Organization.objects.get(
        translation_key=organization.translation_key, locale__language_code="en"
    )
    roles = list(OrganizationRole.objects.filter(slug__in=["participant", "partner"]))
    industries = list(Industry.objects.filter(slug__in=["robotics"]))
    with counted() as counts, transaction.atomic():
        for row, description in ((organization, "Новое описание."), (english, "A new description.")):
            row.description = description
            row.roles.set(roles)
            row.industries.set(industries)
            row.save()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000, help="organizations in the imported CSV")
    arguments = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    django.setup()

    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    from catalog.importing import import_catalog
    from catalog.models import Organization
    from home.site_setup import ensure_site
    from search import elastic

    elasticsearch = os.environ.get("ELASTICSEARCH_URL", "")
    settings.CATALOG_SEARCH = {
        **settings.CATALOG_SEARCH,
        "ELASTICSEARCH_URL": elasticsearch,
        "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "imoscow-benchmark"),
    }
    setup_test_environment()
    database = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        ensure_site(hostname="testserver", port=80)
        if elasticsearch:
            elastic.rebuild_all()
        examples = Path(__file__).resolve().parent.parent / "catalog" / "data" / "import-examples"
        import_catalog("organizations", examples / "organizations.csv")
        organization = Organization.objects.get(inn="7702157365", locale__language_code="ru")
        results = {
            "(a) admin edit view save": admin_save(organization),
            "(b) entry + translation save": translated_save(organization),
        }
        with tempfile.TemporaryDirectory() as folder:
            path = write_organizations(Path(folder), arguments.rows)
            with counted() as counts:
                import_catalog("organizations", path)
            results[f"(c) import of {arguments.rows} organizations"] = counts
    finally:
        if elasticsearch:
            elastic.delete_indexes()
        connection.creation.destroy_test_db(database, verbosity=0)
    engines = f"{connection.vendor}" + (" + Elasticsearch" if elasticsearch else "")
    print(f"{engines}:")
    print(f"{'':38}" + "".join(f"{name:>15}" for name in FIGURES))
    for name, counts in results.items():
        print(f"{name:38}" + "".join(f"{counts[figure]:>15}" for figure in FIGURES))


if __name__ == "__main__":
    main()
