"""The support measure listing: a GET form of keywords, filters, sort and pages over the index's measures.

An index holds tens of measures, so they are filtered, counted and ordered in Python over one query: the
counts next to each option are disjunctive, as in the catalogs (a facet's own choice does not narrow its
counts, the other facets and the keywords do).
"""

import datetime
from dataclasses import dataclass
from functools import lru_cache

from django import forms
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.listing import MultipleChoiceFilter, form_errors, paginate, valid_filters
from core.numbers import GroupedIntegerField
from core.serving import public
from core.text import query_stems, stems
from home.models.measures import Currency, MeasureKind, MeasureStatus, SupportMeasurePage, status_on
from taxonomy.models import Audience, Industry

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
FACETS = ("status", "kind", "audience", "industry")
STATUS_ORDER = {MeasureStatus.OPEN: 0, MeasureStatus.UPCOMING: 1, MeasureStatus.CLOSED: 2}


def taxonomy_choices(model) -> list[tuple[str, str]]:
    return [(item.slug, item.name) for item in model.objects.all()]


class MeasureFilterForm(forms.Form):
    q = forms.CharField(label=_("Keywords"), required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    amount = GroupedIntegerField(
        label=_("Amount you need, roubles"),
        help_text=_("Measures in roubles that give at least this much, such as 3,500,000."),
        required=False,
        min_value=0,
        max_value=10**15,
    )
    status = MultipleChoiceFilter(label=_("Status"), choices=MeasureStatus.choices)
    kind = MultipleChoiceFilter(label=_("Kind of support"), choices=MeasureKind.choices)
    audience = MultipleChoiceFilter(label=_("Who it is for"))
    industry = MultipleChoiceFilter(
        label=_("Industry"), help_text=_("Measures open to every industry are always included.")
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[
            ("open", _("Open first, soonest deadline first")),
            ("deadline", _("Deadline, soonest first")),
            ("newest", _("Newest first")),
        ],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = taxonomy_choices(Audience)
        self.fields["industry"].choices = taxonomy_choices(Industry)


@dataclass(frozen=True)
class Facts:
    """What the filters ask of one measure, read once per request."""

    measure: SupportMeasurePage
    status: str
    kind: str
    audiences: frozenset[str]
    industries: frozenset[str]

    def has(self, facet: str, value: str) -> bool:
        if facet == "audience":
            return value in self.audiences
        if facet == "industry":
            return not self.industries or value in self.industries
        return getattr(self, facet) == value


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetGroup:
    field: forms.BoundField
    options: list[Option]


def facts_of(measure: SupportMeasurePage, today: datetime.date) -> Facts:
    return Facts(
        measure,
        status_on(measure.opens, measure.deadline, today),
        measure.kind,
        frozenset(item.slug for item in measure.audiences.all()),
        frozenset(item.slug for item in measure.industries.all()),
    )


def measure_stems(measure: SupportMeasurePage) -> frozenset[str]:
    """The words a visitor may look a measure up by: its texts and the names of what it is and is for."""
    return _stems_of(measure, measure.last_published_at, get_language())


# Stemming a measure's texts takes about a millisecond: kept per published version and language.
@lru_cache(maxsize=2048)
def _stems_of(measure: SupportMeasurePage, published, language: str) -> frozenset[str]:
    texts = [
        measure.title,
        measure.summary,
        measure.operator,
        strip_tags(measure.eligibility),
        measure.get_kind_display(),
        *(item.name for item in measure.audiences.all()),
        *(item.name for item in measure.industries.all()),
    ]
    return frozenset(item for text in texts for item in stems(text))


def gives_at_least(measure: SupportMeasurePage, amount: int) -> bool:
    """A rouble measure whose maximum reaches `amount`; a minimum without a maximum sets no upper limit."""
    if measure.currency != Currency.RUB:
        return False
    if measure.amount_max is not None:
        return measure.amount_max >= amount
    return measure.amount_min is not None


def order_key(sort: str):
    """Open measures first by the soonest deadline, then those opening soonest, then the latest closed."""
    if sort == "newest":
        return lambda facts: (-facts.measure.first_published_at.timestamp(), -facts.measure.pk)
    if sort == "deadline":
        return lambda facts: (facts.measure.deadline or datetime.date.max, facts.measure.pk)

    def by_status(facts: Facts):
        measure = facts.measure
        if facts.status == MeasureStatus.UPCOMING:
            day = measure.opens.toordinal()
        elif facts.status == MeasureStatus.CLOSED:
            day = -measure.deadline.toordinal()
        else:
            day = (measure.deadline or datetime.date.max).toordinal()
        return (STATUS_ORDER[facts.status], day, measure.pk)

    return by_status


def filter_measures(measures, filters: dict, today: datetime.date) -> tuple[list[Facts], dict[str, dict]]:
    """The matching measures in order, and per facet the disjunctive count of each value."""
    pool = [facts_of(measure, today) for measure in measures]
    words = set(query_stems(filters.get("q") or ""))
    if words:
        pool = [facts for facts in pool if words <= measure_stems(facts.measure)]
    if filters.get("amount") is not None:
        pool = [facts for facts in pool if gives_at_least(facts.measure, filters["amount"])]
    chosen = {facet: filters.get(facet) or [] for facet in FACETS}

    def matches(facts: Facts, facet: str) -> bool:
        return not chosen[facet] or any(facts.has(facet, value) for value in chosen[facet])

    counts = {}
    for facet in FACETS:
        others = [facts for facts in pool if all(matches(facts, other) for other in FACETS if other != facet)]
        counts[facet] = {}
        for facts in others:
            for value in _values(facts, facet):
                counts[facet][value] = counts[facet].get(value, 0) + 1
    found = [facts for facts in pool if all(matches(facts, facet) for facet in FACETS)]
    found.sort(key=order_key(filters.get("sort") or "open"))
    return found, counts


def _values(facts: Facts, facet: str):
    if facet == "audience":
        return facts.audiences
    if facet == "industry":
        return facts.industries or ["*"]
    return [getattr(facts, facet)]


def facet_groups(form: MeasureFilterForm, filters: dict, counts: dict) -> list[FacetGroup]:
    """Each facet's options with a count or already chosen; measures for every industry count for each."""
    groups = []
    for facet in FACETS:
        chosen = set(filters.get(facet) or [])
        facet_counts = counts[facet]
        every = facet_counts.get("*", 0) if facet == "industry" else 0
        options = [
            Option(value, str(label), facet_counts.get(value, 0) + every, value in chosen)
            for value, label in form.fields[facet].choices
        ]
        groups.append(FacetGroup(form[facet], [item for item in options if item.count or item.selected]))
    return groups


def listing_context(request, index_page) -> dict:
    form = MeasureFilterForm(request.GET)
    filters = valid_filters(form)
    measures = public(SupportMeasurePage.objects.child_of(index_page).live()).prefetch_related(
        "audiences", "industries"
    )
    found, counts = filter_measures(measures, filters, timezone.localdate())
    page = paginate(request, [facts.measure for facts in found], PER_PAGE)
    return {
        "filter_form": form,
        "errors": form_errors(form),
        "facet_groups": facet_groups(form, filters, counts),
        "measures": page,
        "total": page.paginator.count,
        "filtered": any(filters.get(name) not in (None, "", []) for name in ("q", "amount", *FACETS)),
    }
