from django.db import migrations, models

# The bitmaps of search.bitmaps, filled from the documents already stored: one byte per eight entry ids,
# its bits OR-ed together per key, the bytes no document sets written as zeros.
FILL = """
    INSERT INTO search_bitmap (catalog, facet, key, bits)
    SELECT catalog, facet, key,
           decode(string_agg(repeat('00', (byte - previous - 1)::integer) || lpad(to_hex(value), 2, '0'), ''
                             ORDER BY byte), 'hex')
    FROM (
        SELECT catalog, facet, key, byte, value,
               lag(byte, 1, -1::bigint) OVER (PARTITION BY catalog, facet, key ORDER BY byte) AS previous
        FROM (
            SELECT catalog, facet, key, entry_id >> 3 AS byte, bit_or(1 << (entry_id & 7)::integer) AS value
            FROM (
                SELECT catalog, false AS facet, unnest(tsvector_to_array(tsv)) AS key, entry_id
                FROM search_searchdocument
                UNION ALL
                SELECT catalog, true, jsonb_object_keys(facets), entry_id FROM search_searchdocument
            ) AS postings
            GROUP BY catalog, facet, key, byte
        ) AS bytes
    ) AS runs
    GROUP BY catalog, facet, key
"""


def fill(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FILL)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_facets_and_postgres_full_text")]

    operations = [
        migrations.CreateModel(
            name="SearchBitmap",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("catalog", models.CharField(max_length=20)),
                ("facet", models.BooleanField()),
                ("key", models.TextField()),
                ("bits", models.BinaryField()),
            ],
            options={
                "db_table": "search_bitmap",
                "constraints": [
                    models.UniqueConstraint(fields=("catalog", "facet", "key"), name="one_bitmap_per_key")
                ],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
