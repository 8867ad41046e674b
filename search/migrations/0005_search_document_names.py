from django.db import migrations, models

# The names apart from the rest of the text, so that both databases rank a word in a name above one in a
# description: PostgreSQL's tsvector weights the names A and the rest D (ts_rank's default weights then count
# a name 10 times), SQLite's FTS5 gets a column per part (bm25 weighs them, search.backends.sqlite).
POSTGRES_FORWARD = [
    "DROP INDEX search_document_tsv",
    "ALTER TABLE search_searchdocument DROP COLUMN tsv",
    "ALTER TABLE search_searchdocument ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple', names), 'A') || setweight(to_tsvector('simple', tokens), 'D')) STORED",
    "CREATE INDEX search_document_tsv ON search_searchdocument USING gin (tsv)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX search_document_tsv",
    "ALTER TABLE search_searchdocument DROP COLUMN tsv",
    "ALTER TABLE search_searchdocument ADD COLUMN tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED",
    "CREATE INDEX search_document_tsv ON search_searchdocument USING gin (tsv)",
]
SQLITE_DROP = [
    "DROP TRIGGER search_fts_update",
    "DROP TRIGGER search_fts_delete",
    "DROP TRIGGER search_fts_insert",
    "DROP TABLE search_fts",
]


def _sqlite_create(columns: list[str]) -> list[str]:
    """search_fts over `columns` of search_searchdocument, kept in step by triggers (as in migration 0004)."""
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    return [
        f"CREATE VIRTUAL TABLE search_fts USING fts5({names}, content='search_searchdocument', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
        "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN "
        f"INSERT INTO search_fts (rowid, {names}) VALUES (new.id, {new}); END",
        "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN "
        f"INSERT INTO search_fts (search_fts, rowid, {names}) VALUES ('delete', old.id, {old}); END",
        "CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN "
        f"INSERT INTO search_fts (search_fts, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO search_fts (rowid, {names}) VALUES (new.id, {new}); END",
        "INSERT INTO search_fts (search_fts) VALUES ('rebuild')",
    ]


def _run(vendor: str, statements: list[str]):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == vendor:
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0004_sqlite_full_text_and_bitmaps")]

    operations = [
        migrations.RunPython(_run("sqlite", SQLITE_DROP), _run("sqlite", _sqlite_create(["tokens"]))),
        migrations.AddField(model_name="searchdocument", name="names", field=models.TextField(default="")),
        migrations.RunPython(_run("postgresql", POSTGRES_FORWARD), _run("postgresql", POSTGRES_BACKWARD)),
        migrations.RunPython(_run("sqlite", _sqlite_create(["names", "tokens"])), _run("sqlite", SQLITE_DROP)),
    ]
