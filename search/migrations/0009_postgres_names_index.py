from django.db import migrations

# The entries with a word in their names, found without reading the others (search.backends.postgresql).
FORWARD = [
    "CREATE INDEX IF NOT EXISTS search_document_names_tsv ON search_searchdocument "
    "USING gin (to_tsvector('simple'::regconfig, names))"
]
BACKWARD = ["DROP INDEX IF EXISTS search_document_names_tsv"]


def _run(statements: list[str]):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0008_postgres_stems_kept_inline")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
