"""The interface of a database backend of the search (see search.backends)."""

from abc import ABC, abstractmethod
from collections.abc import Callable

from django.db.models import Q, QuerySet

from search.matching import Analysis


class Backend(ABC):
    @abstractmethod
    def among(self, field: str, ids: list[int]) -> Q:
        """`field` is one of `ids` (tens of thousands of them, as one parameter)."""

    @abstractmethod
    def ranked_page(
        self,
        segment: str,
        documents: QuerySet,
        analysis: Analysis,
        entry_ids: Callable[[], list[int]],
        every_word: bool,
        start: int,
        size: int,
    ) -> list[int]:
        """`size` of some entries found from `start`, those with the query's exact phrase first, then the most
        relevant to its words. The entries come two ways: `entry_ids()`, and, when they are those that match
        `every_word` of the query, `documents`, the catalog's documents within the selected facets and
        ranges (before the text match); each backend reads the one its index serves best, and `entry_ids`
        costs a few ms for a broad word, so it is only called by a backend that reads it."""

    @abstractmethod
    def document_words(self, documents: QuerySet) -> list[tuple[int, list[str]]]:
        """Each document's entry id and the words its text match finds it by."""

    @abstractmethod
    def word_bitmaps(self, segment: str, stems: list[str]) -> list[int]:
        """The bitmap of the documents the text match finds by each of `stems` (0: none)."""

    @abstractmethod
    def lock_bitmaps(self, segment: str) -> None:
        """Waits until no other transaction rewrites the catalog's bitmaps (each rewrites what it read)."""

    @abstractmethod
    def refresh_statistics(self) -> None:
        """After a full rebuild, which replaced every document."""

    @abstractmethod
    def starts_with(self, field: str, text: str, separators: tuple[str, ...] = ()) -> Q:
        """`field` starts with `text`, or a word after one of `separators` does, in any letter case."""
