"""The interface of a database backend of the search (see search.backends)."""

from abc import ABC, abstractmethod
from collections.abc import Callable

from django.db.models import Q, QuerySet


class Backend(ABC):
    @abstractmethod
    def among(self, field: str, ids: list[int]) -> Q:
        """`field` is one of `ids` (tens of thousands of them, as one parameter)."""

    @abstractmethod
    def ranked_page(
        self,
        segment: str,
        documents: QuerySet,
        stems: list[str],
        entry_ids: Callable[[], list[int]],
        start: int,
        size: int,
    ) -> list[int]:
        """`size` of the entries found from `start`, the most relevant to `stems` first. The entries found
        come two ways: `entry_ids()`, and `documents`, the catalog's documents within the selected facets and
        ranges (before the text match); each backend reads the one its index serves best, and `entry_ids`
        costs a few ms for a broad word, so it is only called by a backend that reads it."""

    @abstractmethod
    def document_words(self, documents: QuerySet) -> list[tuple[int, list[str]]]:
        """Each document's entry id and the words its text match finds it by."""

    @abstractmethod
    def word_bitmaps(self, segment: str, stems: list[str]) -> list[bytes | None]:
        """The bitmap of each word of the query as the text match reads it (None: no document has it)."""

    @abstractmethod
    def lock_bitmaps(self, segment: str) -> None:
        """Waits until no other transaction rewrites the catalog's bitmaps (each rewrites what it read)."""

    @abstractmethod
    def refresh_statistics(self) -> None:
        """After a full rebuild, which replaced every document."""

    @abstractmethod
    def starts_with(self, field: str, text: str, separators: tuple[str, ...] = ()) -> Q:
        """`field` starts with `text`, or a word after one of `separators` does, in any letter case."""
