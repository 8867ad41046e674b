"""Per catalog, a bitmap of the documents of every word and of every facet key, on either database.

Counting facets row by row expands each matching document into its facet keys (tens of thousands of rows for
a broad word); with bitmaps the database engine (search.engines.database) finds the matching documents by
ANDing the bitmaps of the query's words and counts a facet value by one more AND and a popcount. Bit n of a
bitmap is the document of entry n (bytes in little-endian order, as `int.from_bytes(bits, "little")` and
PostgreSQL's `get_bit` read them), so the bitmaps need no numbering of their own.

The words are those the database's text match finds a document by (search.backends), so a word's bitmap
holds exactly the documents the text match finds. search.documents.rebuild, the only writer of the
documents, keeps the bitmaps in step in the same transaction (`kept_in_step`).
"""

from collections import defaultdict
from contextlib import contextmanager

from search.backends import current
from search.models import SearchBitmap, SearchDocument

# (facet, key): a facet key of search.documents.EntryDocument.facet_keys when facet, else a word.
Key = tuple[bool, str]
BATCH = 2000


def as_int(bits: bytes | None) -> int:
    return int.from_bytes(bits or b"", "little")


def of(entry_ids) -> int:
    """The bitmap of some entry ids."""
    entry_ids = list(entry_ids)
    bits = bytearray(max(entry_ids, default=-1) // 8 + 1)
    for entry_id in entry_ids:
        bits[entry_id >> 3] |= 1 << (entry_id & 7)
    return as_int(bits)


# The bit numbers set in each byte value.
_SET_BITS = [tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)]


def entry_ids(bits: int) -> list[int]:
    """The entry ids of a bitmap, in ascending order."""
    return [
        index << 3 | bit
        for index, value in enumerate(bits.to_bytes((bits.bit_length() + 7) // 8, "little"))
        if value
        for bit in _SET_BITS[value]
    ]


def _as_bytes(bits: int) -> bytes:
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little")


def _postings(segment: str, pks: list[int] | None) -> dict[Key, list[int]]:
    """The entry ids of the stored documents (of `pks`; None: the whole catalog) that have each key."""
    documents = SearchDocument.objects.filter(segment=segment)
    if pks is not None:
        documents = documents.filter(entry_id__in=pks)
    postings = defaultdict(list)
    for entry_id, words in current().document_words(documents):
        for word in words:
            postings[False, word].append(entry_id)
    for entry_id, facet_keys in documents.values_list("entry_id", "facets"):
        for key in facet_keys:
            postings[True, key].append(entry_id)
    return postings


def _stored(segment: str, keys: list[Key]) -> dict[Key, int]:
    """The stored bitmaps of `keys`, read in batches (a database takes a bounded number of parameters)."""
    wanted = set(keys)
    names = sorted({key for _, key in keys})
    stored = {}
    for start in range(0, len(names), BATCH):
        rows = SearchBitmap.objects.filter(segment=segment, key__in=names[start : start + BATCH])
        for facet, key, bits in rows.values_list("facet", "key", "bits"):
            if (facet, key) in wanted:
                stored[facet, key] = as_int(bits)
    return stored


@contextmanager
def kept_in_step(segment: str, pks: list[int] | None):
    """Around rewriting the documents of `pks` (None: the whole catalog): their bits follow the new ones."""
    current().lock_bitmaps(segment)
    # A key's bitmap has these entries' bits only where their old documents had the key.
    previous = set() if pks is None else set(_postings(segment, pks))
    yield
    postings = _postings(segment, pks)
    bitmaps = {key: of(entry_ids) for key, entry_ids in postings.items()}
    if pks is None:
        SearchBitmap.objects.filter(segment=segment).delete()
    else:
        keys = sorted(previous | set(postings))
        kept = ~of(pks)
        stored = {key: bits & kept for key, bits in _stored(segment, keys).items()}
        bitmaps = {key: stored.get(key, 0) | bitmaps.get(key, 0) for key in keys}
    SearchBitmap.objects.bulk_create(
        [
            SearchBitmap(segment=segment, facet=facet, key=key, bits=_as_bytes(bits))
            for (facet, key), bits in bitmaps.items()
            if bits
        ],
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["segment", "facet", "key"],
        update_fields=["bits"],
    )
    for facet in (False, True):
        emptied = [key for (is_facet, key), bits in bitmaps.items() if is_facet == facet and not bits]
        for start in range(0, len(emptied), BATCH):
            batch = emptied[start : start + BATCH]
            SearchBitmap.objects.filter(segment=segment, facet=facet, key__in=batch).delete()


def read(
    segment: str, stems: list[str], facet_keys: list[str] | None
) -> tuple[dict[str, int], dict[str, int]]:
    """The bitmaps of the query's stems as the text match reads them (0: the stem is in no document) and
    those of `facet_keys` (None: every facet key of the catalog)."""
    words = dict(zip(stems, current().word_bitmaps(segment, stems), strict=True)) if stems else {}
    facets = SearchBitmap.objects.filter(segment=segment, facet=True)
    if facet_keys is not None:
        facets = facets.filter(key__in=facet_keys)
    return words, {key: as_int(bits) for key, bits in facets.values_list("key", "bits")}


def counter(words: list[int]) -> list[int]:
    """Bit-sliced counts: bit n of slice i is bit i of the number of `words` (bitmaps) that have entry n."""
    slices: list[int] = []
    for bits in words:
        carry = bits
        for index, current_slice in enumerate(slices):
            slices[index], carry = current_slice ^ carry, current_slice & carry
            if not carry:
                break
        if carry:
            slices.append(carry)
    return slices


def exactly(slices: list[int], count: int, among: int) -> int:
    """The entries of `among` that the bit-sliced counts `slices` give exactly `count`."""
    bits = among
    for index in range(max(len(slices), count.bit_length())):
        current_slice = slices[index] if index < len(slices) else 0
        bits &= current_slice if count >> index & 1 else ~current_slice
    return bits
