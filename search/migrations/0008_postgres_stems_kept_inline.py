from django.db import migrations

# Ranking a broad word reads the stored tsvector of every entry that has it (20,000 organizations for
# «технологии»). Kept in the row (compressed) rather than in the TOAST table, a listing or site search reads
# one heap page per few entries instead of a TOAST lookup per entry: 40 → 21 ms for that query on the full
# demo. The UPDATE rewrites the existing rows so that they move too.
FORWARD = [
    "ALTER TABLE search_searchdocument ALTER COLUMN tsv SET STORAGE MAIN",
    "UPDATE search_searchdocument SET names = names",
]
BACKWARD = ["ALTER TABLE search_searchdocument ALTER COLUMN tsv SET STORAGE EXTENDED"]


def _run(statements: list[str]):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0007_segment_one_name")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
