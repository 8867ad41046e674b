from collections import defaultdict

from django.db import migrations

# FTS5 over the documents' stems (external content: the index only, the text stays in the table), kept in
# step with every write of search_searchdocument by triggers. The stems are already lower-case Snowball stems
# with ё folded to е (search.text): unicode61 without removing diacritics keeps them as they are (with
# diacritics removed, й would become и).
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='search_searchdocument', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN "
    "INSERT INTO search_fts (rowid, tokens) VALUES (new.id, new.tokens); END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN "
    "INSERT INTO search_fts (search_fts, rowid, tokens) VALUES ('delete', old.id, old.tokens); END",
    "CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN "
    "INSERT INTO search_fts (search_fts, rowid, tokens) VALUES ('delete', old.id, old.tokens); "
    "INSERT INTO search_fts (rowid, tokens) VALUES (new.id, new.tokens); END",
    "INSERT INTO search_fts (search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER search_fts_update",
    "DROP TRIGGER search_fts_delete",
    "DROP TRIGGER search_fts_insert",
    "DROP TABLE search_fts",
    "DELETE FROM search_bitmap",
]
BATCH = 2000


def _bitmap(entry_ids: list[int]) -> bytes:
    """Bit n is entry n, bytes in little-endian order (search.bitmaps)."""
    bits = bytearray(max(entry_ids) // 8 + 1)
    for entry_id in entry_ids:
        bits[entry_id >> 3] |= 1 << (entry_id & 7)
    return bytes(bits)


def fill_bitmaps(apps, schema_editor):
    """The bitmaps of search.bitmaps from the documents already stored: on SQLite a document's words are its
    stems, as FTS5 reads them."""
    if schema_editor.connection.vendor != "sqlite":
        return
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchBitmap = apps.get_model("search", "SearchBitmap")
    postings = defaultdict(list)
    for catalog, entry_id, tokens, facets in SearchDocument.objects.values_list(
        "catalog", "entry_id", "tokens", "facets"
    ).iterator():
        for word in tokens.split():
            postings[catalog, False, word].append(entry_id)
        for key in facets:
            postings[catalog, True, key].append(entry_id)
    SearchBitmap.objects.bulk_create(
        (
            SearchBitmap(catalog=catalog, facet=facet, key=key, bits=_bitmap(entry_ids))
            for (catalog, facet, key), entry_ids in postings.items()
        ),
        batch_size=BATCH,
    )


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_postgres_bitmaps")]

    operations = [
        migrations.RunPython(_run(SQLITE_FORWARD), _run(SQLITE_BACKWARD)),
        migrations.RunPython(fill_bitmaps, migrations.RunPython.noop),
    ]
