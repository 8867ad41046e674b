"""What a query asks for: its words, each word's synonyms, and how many of the words an entry must match.

Declared once here and used by every engine (search.engines.database, search.engines.elasticsearch) and by
the conformance corpus, so that they find the same entries:

- A query's words are its Snowball stems without stop words (core.text), at most MAX_QUERY_WORDS.
- A word matches an entry when one of its alternatives does: the word itself or a synonym from
  search/data/synonyms.txt (one group per line, comma-separated, `#` starts a comment; editing the file
  needs no code and no reindex, only a restart). A multi-word alternative matches when all its stems are
  among the entry's words; a multi-word synonym typed in the query (`искусственный интеллект`) is one word.
- An entry's words are the stems of its text in every language and of its facet values' labels in both
  languages (search.documents), so `Зеленоград` or `robotics` match the entries filed under them.
- An entry is found when it matches at least `required(n)` of the query's n words (MINIMUM_SHOULD_MATCH, as
  Elasticsearch writes such rules): every word of one or two, then three quarters, rounded down.
- Relevance: more words matched first, then an exact phrase of the query's words, then each engine's text
  score (names above descriptions).
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from core.text import MAX_QUERY_WORDS, WORD, stem, stems

MINIMUM_SHOULD_MATCH = "2<75%"
SYNONYMS = Path(__file__).resolve().parent / "data" / "synonyms.txt"

_RULE = re.compile(r"(\d+)<(\d+)%")


def required(n_words: int) -> int:
    """How many of a query's `n_words` words an entry must match (MINIMUM_SHOULD_MATCH)."""
    up_to, percent = (int(part) for part in _RULE.fullmatch(MINIMUM_SHOULD_MATCH).groups())
    if n_words <= up_to:
        return n_words
    return max(1, n_words * percent // 100)


Alternative = tuple[str, ...]  # stems that must all be among an entry's words


@dataclass(frozen=True)
class Word:
    """One word of a query: `typed` as the visitor wrote it, matched by any of `alternatives` (its own
    stems first, then its synonyms')."""

    typed: str
    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True)
class Analysis:
    words: tuple[Word, ...]
    phrase: tuple[str, ...]  # the query's own stems in the order typed, for the exact-phrase ranking

    @property
    def required(self) -> int:
        return required(len(self.words))

    @property
    def stems(self) -> list[str]:
        """Every stem of every alternative, once."""
        return list(dict.fromkeys(item for word in self.words for alt in word.alternatives for item in alt))


@cache
def synonym_groups() -> dict[Alternative, tuple[Alternative, ...]]:
    """Each synonym's stems -> the stems of every member of its group (its own first)."""
    groups = {}
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines():
        members = [tuple(stems(member)) for member in line.split("#")[0].split(",")]
        members = list(dict.fromkeys(member for member in members if member))
        for member in members:
            groups[member] = (member, *(other for other in members if other != member))
    return groups


def analyse(text: str) -> Analysis:
    """A visitor's query as words with their synonyms; punctuation and query syntax mean nothing here."""
    typed = [(word, item) for word in WORD.findall(text.lower().replace("ё", "е")) if (item := stem(word))]
    groups = synonym_groups()
    longest = max((len(member) for member in groups), default=1)
    words: dict[tuple[Alternative, ...], Word] = {}
    position = 0
    while position < len(typed) and len(words) < MAX_QUERY_WORDS:
        for size in range(min(longest, len(typed) - position), 0, -1):
            own = tuple(item for _, item in typed[position : position + size])
            if size == 1 or own in groups:
                break
        alternatives = groups.get(own, (own,))
        key = tuple(sorted(alternatives))
        if key not in words:
            words[key] = Word(" ".join(word for word, _ in typed[position : position + size]), alternatives)
        position += size
    phrase = tuple(dict.fromkeys(item for word in words.values() for item in word.alternatives[0]))
    return Analysis(tuple(words.values()), phrase)
