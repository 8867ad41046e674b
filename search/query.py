"""What a visitor asked a catalog for, and what an engine answers: the interface every engine implements."""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Query:
    text: str = ""
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ranges: dict[str, tuple[Decimal | int | None, Decimal | int | None]] = field(default_factory=dict)
    sort: str = ""
    page: int = 1
    per_page: int = 24


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
