"""PostgreSQL only: per catalog, a bitmap of the documents of every word and of every facet key.

Counting facets row by row expands each matching document into its facet keys (tens of thousands of rows for
a broad word); with bitmaps the database engine (search.engines.database) finds the matching documents by
ANDing the bitmaps of the query's words and counts a facet value by one more AND and a popcount. Bit n of a
bitmap is the document of entry n (bytes in little-endian order, as `int.from_bytes(bits, "little")` and
PostgreSQL's `get_bit` read them), so the bitmaps need no numbering of their own.

The words are the lexemes PostgreSQL parsed into `tsv` (it splits `м²` into `м`, for one), so a word's bitmap
holds exactly the documents `tsv @@` finds. search.documents.rebuild, the only writer of the documents, keeps
the bitmaps in step in the same transaction (`kept_in_step`).
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db import connection

# (facet, key): a facet key of search.documents.EntryDocument.facet_keys when facet, else a word.
Key = tuple[bool, str]


def enabled() -> bool:
    return connection.vendor == "postgresql"


def as_int(bits: bytes | None) -> int:
    return int.from_bytes(bits or b"", "little")


def of(entry_ids) -> int:
    """The bitmap of some entry ids."""
    entry_ids = list(entry_ids)
    bits = bytearray(max(entry_ids, default=-1) // 8 + 1)
    for entry_id in entry_ids:
        bits[entry_id >> 3] |= 1 << (entry_id & 7)
    return as_int(bits)


def _postings(segment: str, pks: list[int] | None) -> dict[Key, list[int]]:
    """The entry ids of the stored documents (of `pks`; None: the whole catalog) that have each key."""
    condition = "" if pks is None else " AND entry_id = ANY(%s)"
    params = [segment] if pks is None else [segment, list(pks)]
    postings = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry_id, tsvector_to_array(tsv), ARRAY(SELECT jsonb_object_keys(facets)) "
            f"FROM search_searchdocument WHERE catalog = %s{condition}",
            params,
        )
        for entry_id, words, facet_keys in cursor.fetchall():
            for word in words:
                postings[False, word].append(entry_id)
            for key in facet_keys:
                postings[True, key].append(entry_id)
    return postings


@contextmanager
def kept_in_step(segment: str, pks: list[int] | None):
    """Around rewriting the documents of `pks` (None: the whole catalog): their bits follow the new ones."""
    if not enabled():
        yield
        return
    with connection.cursor() as cursor:
        # One writer per catalog at a time: each rewrites the bitmaps it has read.
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"search_bitmap {segment}"])
    # A key's bitmap has these entries' bits only where their old documents had the key.
    previous = set() if pks is None else set(_postings(segment, pks))
    yield
    postings = _postings(segment, pks)
    bitmaps = {key: of(entry_ids) for key, entry_ids in postings.items()}
    with connection.cursor() as cursor:
        if pks is None:
            cursor.execute("DELETE FROM search_bitmap WHERE catalog = %s", [segment])
        else:
            keys = sorted(previous | set(postings))
            cursor.execute(
                "SELECT facet, key, bits FROM search_bitmap WHERE catalog = %s "
                "AND (facet, key) IN (SELECT * FROM unnest(%s::boolean[], %s::text[]))",
                [segment, [facet for facet, _ in keys], [key for _, key in keys]],
            )
            kept = ~of(pks)
            current = {(facet, key): as_int(bits) & kept for facet, key, bits in cursor.fetchall()}
            bitmaps = {key: current.get(key, 0) | bitmaps.get(key, 0) for key in keys}
        cursor.executemany(
            "INSERT INTO search_bitmap (catalog, facet, key, bits) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (catalog, facet, key) DO UPDATE SET bits = excluded.bits",
            [
                (segment, facet, key, bits.to_bytes((bits.bit_length() + 7) // 8, "little"))
                for (facet, key), bits in bitmaps.items()
                if bits
            ],
        )
        emptied = [key for key, bits in bitmaps.items() if not bits]
        if emptied:
            cursor.execute(
                "DELETE FROM search_bitmap WHERE catalog = %s "
                "AND (facet, key) IN (SELECT * FROM unnest(%s::boolean[], %s::text[]))",
                [segment, [facet for facet, _ in emptied], [key for _, key in emptied]],
            )


def read(segment: str, stems: list[str], facet_keys: list[str] | None) -> tuple[list[int], dict[str, int]]:
    """The bitmaps of the query's words as PostgreSQL parses them (no bits: the word is in no document) and
    those of `facet_keys` (None: every facet key of the catalog)."""
    condition = "" if facet_keys is None else " AND key = ANY(%s)"
    params = [" ".join(stems), segment, segment] + ([] if facet_keys is None else [facet_keys])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT false, w.key, b.bits "
            "FROM unnest(tsvector_to_array(to_tsvector('simple', %s))) AS w(key) "
            "LEFT JOIN search_bitmap AS b ON b.catalog = %s AND NOT b.facet AND b.key = w.key "
            f"UNION ALL SELECT true, key, bits FROM search_bitmap WHERE catalog = %s AND facet{condition}",
            params,
        )
        rows = cursor.fetchall()
    words = [as_int(bits) for facet, _, bits in rows if not facet]
    return words, {key: as_int(bits) for facet, key, bits in rows if facet}
