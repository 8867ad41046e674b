"""Words to stems, the same way for the documents and for the query, in Russian and English.

Snowball stemmers (the algorithms PostgreSQL and Elasticsearch ship too) from `snowballstemmer`, so the
database engine stems identically on SQLite and PostgreSQL: `лаборатории` and `лаборатория` share a stem, as
do `laboratories` and `laboratory`. A word's script picks its language.
"""

import re
from functools import lru_cache
from pathlib import Path

import snowballstemmer

WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile("[а-яё]")
MAX_QUERY_WORDS = 12

# Short function words that would match nearly everything.
# Short function words that would match nearly everything; the Elasticsearch analyzers read the same files.
DATA = Path(__file__).resolve().parent / "data"
STOP_WORDS = {
    language: frozenset((DATA / f"stop_words_{language}.txt").read_text(encoding="utf-8").split())
    for language in ("ru", "en")
}
_STEMMERS = {"ru": snowballstemmer.stemmer("russian"), "en": snowballstemmer.stemmer("english")}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str | None:
    """The stem of one lower-case word, or None for a stop word."""
    language = "ru" if CYRILLIC.search(word) else "en"
    if word in STOP_WORDS[language]:
        return None
    return _STEMMERS[language].stemWord(word)


def stems(text: str) -> list[str]:
    """The stems of a text's words, in order, without stop words."""
    found = (stem(word) for word in WORD.findall(text.lower().replace("ё", "е")))
    return [item for item in found if item]


def query_stems(text: str) -> list[str]:
    """The distinct stems of a visitor's query; punctuation and query syntax mean nothing here."""
    return list(dict.fromkeys(stems(text)))[:MAX_QUERY_WORDS]


def document_tokens(texts: list[str]) -> str:
    """A document's stems as one string, padded with spaces so that ` stem ` matches whole tokens only."""
    unique = dict.fromkeys(item for text in texts for item in stems(text))
    return f" {' '.join(unique)} " if unique else ""


def required(n_words: int) -> int:
    """How many of a query's `n_words` distinct words a match must have: one or two words all, more words
    three in four, rounded down (Elasticsearch's `minimum_should_match` "2<75%"), so that a filler word the
    stop lists miss does not empty the results."""
    return n_words if n_words <= 2 else n_words * 3 // 4
