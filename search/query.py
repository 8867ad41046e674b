"""What a visitor asked a catalog for, and what an engine answers: the interface every engine implements."""

from dataclasses import dataclass, field
from decimal import Decimal

# Results are paged through up to here (Elasticsearch's index.max_result_window); past it, every engine
# answers with the total and the facets but no entries, and the page asks the visitor to narrow the search.
RESULT_WINDOW = 10_000


@dataclass(frozen=True)
class Query:
    text: str = ""
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ranges: dict[str, tuple[Decimal | int | None, Decimal | int | None]] = field(default_factory=dict)
    sort: str = ""
    page: int = 1
    per_page: int = 24
    counts: bool = True  # facet counts; the site search needs only the total and the first entries

    @property
    def past_window(self) -> bool:
        return self.page * self.per_page > RESULT_WINDOW


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Result:
    ids: list[int]  # the requested page, in order
    total: int
    facets: dict[str, list[FacetValue]]  # disjunctive counts: a facet's own selection is not applied to it


def pageable(total: int, per_page: int) -> int:
    """How many of `total` results the pages can show: whole pages within the result window."""
    return min(total, RESULT_WINDOW - RESULT_WINDOW % per_page)
