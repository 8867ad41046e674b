"""«Возможно, вы имели в виду …»: a query that finds few results, corrected from the indexed vocabulary.

The vocabulary (`SearchWord`) holds the words of the catalog entries and of the pages, lower case, with the
number of documents each occurs in. A query word that is not in it is replaced by its most similar word:
the trigram similarity of PostgreSQL's pg_trgm (shared trigrams over all trigrams of the two words, each
padded with two spaces before and one after), at least SIMILARITY (pg_trgm's default threshold), ties going
to the word in more documents, then alphabetically. PostgreSQL looks the word up with pg_trgm over a
trigram index; SQLite computes the same similarity in Python over the vocabulary held in memory, so both
databases offer the same correction.

`rebuild` recounts the vocabulary (with `rebuild_search_index`); between rebuilds, the live updates of the
catalogs and pages add their new words (`add`) without recounting the others.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import Count, Max
from django.db.models.signals import post_save
from wagtail.models import Page

from catalog.registry import SPECS
from core.text import CYRILLIC, STOP_WORDS, WORD
from search import page_index
from search.documents import entry_documents
from search.models import SearchWord

SIMILARITY = 0.3
FEW_RESULTS = 3  # a query that finds fewer is offered a correction
MIN_LENGTH = 3
MAX_LENGTH = SearchWord._meta.get_field("word").max_length
BATCH = 2000
LETTERS = re.compile(r"^[^\W\d_]+$")


@dataclass(frozen=True)
class Correction:
    text: str  # the query with its unknown words replaced
    url: str  # the same search with the corrected text

    @property
    def lang(self) -> str:
        """The language of the text, by its script (a Russian word may be corrected on the English site)."""
        return "ru" if CYRILLIC.search(self.text.lower()) else "en"


def _normal(word: str) -> str:
    return word.lower().replace("ё", "е")


def vocabulary_words(text: str) -> set[str]:
    """The words of `text` the vocabulary keeps: letters only, not too short, not stop words."""
    words = {_normal(word) for word in WORD.findall(text)}
    return {
        word
        for word in words
        if MIN_LENGTH <= len(word) <= MAX_LENGTH
        and LETTERS.match(word)
        and word not in STOP_WORDS["ru"]
        and word not in STOP_WORDS["en"]
    }


def _catalog_texts() -> Iterable[list[str]]:
    for spec in SPECS.values():
        for batch in entry_documents(spec):
            for document in batch:
                yield document.all_texts


def _page_texts() -> Iterable[list[str]]:
    for page in Page.objects.filter(depth__gt=1).specific().iterator(chunk_size=500):
        title, texts = page_index.page_texts(page)
        yield [title, *texts]


def rebuild(write: Callable[[str], None] | None = None) -> int:
    """The whole vocabulary, counted afresh from the catalogs and the pages; returns its size."""
    counts = Counter()
    for texts in (*_catalog_texts(), *_page_texts()):
        counts.update(vocabulary_words(" ".join(texts)))
    with transaction.atomic():
        SearchWord.objects.all().delete()
        SearchWord.objects.bulk_create(
            (SearchWord(word=word, documents=number) for word, number in sorted(counts.items())),
            batch_size=BATCH,
        )
    page_index.analyze(SearchWord)
    if write:
        write(f"  vocabulary: {len(counts)} words")
    return len(counts)


def add(texts: Iterable[str]) -> None:
    """The words of `texts` that are new to the vocabulary."""
    words = set().union(*(vocabulary_words(text) for text in texts))
    if words:
        SearchWord.objects.bulk_create(
            [SearchWord(word=word) for word in sorted(words)], batch_size=BATCH, ignore_conflicts=True
        )


def add_entries(spec, pks: list[int]) -> None:
    """The new words of a catalog's entries `pks`."""
    add(text for batch in entry_documents(spec, pks) for document in batch for text in document.all_texts)


def _page_saved(sender, instance, raw=False, **kwargs):
    if isinstance(instance, Page) and not raw and instance.depth > 1:
        title, texts = page_index.page_texts(instance.specific if type(instance) is Page else instance)
        add([title, *texts])


def connect() -> None:
    post_save.connect(_page_saved, dispatch_uid="search.corrections")


def trigrams(word: str) -> frozenset[str]:
    padded = f"  {word} "
    return frozenset(padded[start : start + 3] for start in range(len(padded) - 2))


def similarity(first: str, second: str) -> float:
    a, b = trigrams(first), trigrams(second)
    return len(a & b) / len(a | b)


class _MemoryVocabulary:
    """The vocabulary with an index from each trigram to the words that have it."""

    def __init__(self):
        rows = list(SearchWord.objects.values_list("word", "documents"))
        self.words = [word for word, _ in rows]
        self.documents = [number for _, number in rows]
        self.grams = [trigrams(word) for word in self.words]
        self.index = defaultdict(list)
        for position, grams in enumerate(self.grams):
            for gram in grams:
                self.index[gram].append(position)

    def nearest(self, word: str) -> str | None:
        grams = trigrams(word)
        shared = Counter()
        for gram in grams:
            shared.update(self.index.get(gram, ()))
        best, best_key = None, None
        for position, common in shared.items():
            score = common / (len(grams) + len(self.grams[position]) - common)
            if score < SIMILARITY:
                continue
            key = (-score, -self.documents[position], self.words[position])
            if best_key is None or key < best_key:
                best, best_key = self.words[position], key
        return best


@lru_cache(maxsize=1)
def _memory(version: tuple) -> _MemoryVocabulary:
    return _MemoryVocabulary()


def _nearest_sqlite(word: str) -> str | None:
    # The vocabulary changes when it is rebuilt or gains words: its size and last id tell.
    version = SearchWord.objects.aggregate(size=Count("id"), last=Max("id"))
    return _memory((version["size"], version["last"])).nearest(word)


def _nearest_postgresql(word: str) -> str | None:
    # `%` is pg_trgm's "similar" operator (similarity at least pg_trgm.similarity_threshold, 0.3 by default),
    # which the trigram index serves.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM search_searchword WHERE word %% %s "
            "ORDER BY similarity(word, %s) DESC, documents DESC, word LIMIT 1",
            [word, word],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def corrected(text: str) -> str | None:
    """`text` with each word the vocabulary lacks replaced by its most similar word; None when no word is
    replaced."""
    candidates = vocabulary_words(text)
    unknown = candidates - set(SearchWord.objects.filter(word__in=candidates).values_list("word", flat=True))
    nearest = _nearest_postgresql if connection.vendor == "postgresql" else _nearest_sqlite
    replacements = {word: found for word in sorted(unknown) if (found := nearest(word)) and found != word}
    if not replacements:
        return None
    return WORD.sub(lambda match: replacements.get(_normal(match.group()), match.group()), text)


def offer(text: str, total: int, address: Callable[[str], str]) -> Correction | None:
    """The correction of a query that found fewer than FEW_RESULTS; `address` makes the corrected search's."""
    if not text or total >= FEW_RESULTS:
        return None
    fixed = corrected(text)
    return Correction(fixed, address(fixed)) if fixed else None
