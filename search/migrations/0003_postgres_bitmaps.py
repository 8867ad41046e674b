from django.db import migrations

# The bitmaps of search.bitmaps, filled from the documents already stored: one byte per eight entry ids,
# its bits OR-ed together per key, the bytes no document sets written as zeros.
POSTGRES_FORWARD = [
    "CREATE TABLE search_bitmap (catalog varchar(20) NOT NULL, facet boolean NOT NULL, key text NOT NULL, "
    "bits bytea NOT NULL, PRIMARY KEY (catalog, facet, key))",
    """
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
    """,
]
POSTGRES_BACKWARD = ["DROP TABLE search_bitmap"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_facets_and_postgres_full_text")]

    operations = [migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_BACKWARD))]
