"""Trigram indexes on the catalog names, for the site search's suggestions (search/suggestions.py).

PostgreSQL only. Django's `istartswith` and `icontains` compare `UPPER(name::text)` with a LIKE pattern; a
trigram index on that expression serves both, even for a word start of two letters (`% ЛА%`), where a plain
scan of 35,000 organizations takes tens of milliseconds per keystroke. SQLite has no such index.
"""

from django.db import migrations

NAME_COLUMNS = (
    ("catalog_premises", "title"),
    ("catalog_project", "name"),
    ("catalog_organization", "name"),
)


def _index(table: str, column: str) -> str:
    return f"{table}_{column}_upper_trgm"


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension: the owner of the database may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, column in NAME_COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{_index(table, column)}" '
            f'ON "{table}" USING gin (UPPER("{column}"::text) gin_trgm_ops)'
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, column in NAME_COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{_index(table, column)}"')


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0007_manufacturer_ordering"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
