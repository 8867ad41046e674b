from django.db import migrations, models

# The corrections look up similar words with pg_trgm's similarity operator on PostgreSQL; the catalogs'
# name indexes (catalog migration 0008) need the extension too, hence IF NOT EXISTS.
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX search_word_trigrams ON search_searchword USING gin (word gin_trgm_ops)",
]
POSTGRES_BACKWARD = ["DROP INDEX search_word_trigrams"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_search_document_names"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="PageDocument",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("title", models.TextField()),
                ("tokens", models.TextField()),
            ],
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.CharField(max_length=64, unique=True)),
                ("documents", models.PositiveIntegerField(default=1)),
            ],
        ),
        migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_BACKWARD)),
    ]
