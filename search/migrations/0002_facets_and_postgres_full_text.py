from django.db import migrations, models

# The stems are already Snowball stems without stop words (search.text), so PostgreSQL's "simple"
# configuration indexes them as they are: PostgreSQL and SQLite match the same documents.
POSTGRES_FORWARD = [
    "ALTER TABLE search_searchdocument ADD COLUMN tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED",
    "CREATE INDEX search_document_tsv ON search_searchdocument USING gin (tsv)",
    "CREATE INDEX search_document_facets ON search_searchdocument USING gin (facets)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX search_document_facets",
    "DROP INDEX search_document_tsv",
    "ALTER TABLE search_searchdocument DROP COLUMN tsv",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_documents")]

    operations = [
        migrations.AddField(model_name="searchdocument", name="facets", field=models.JSONField(default=dict)),
        migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_BACKWARD)),
    ]
