"""What a saved search is over, how it is named, and what it newly matches: a catalog listing's filters run
through the catalog engine (Elasticsearch or the database, the same answers the listing gives), or the measure
listing's filters over its measures."""

import dataclasses
import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from catalog.entry import localize
from catalog.registry import SPECS
from core.listing import valid_filters
from home.measure_finder import FinderForm, find_measures
from home.measure_listing import FACETS, MeasureFilterForm, filter_measures
from home.models import SupportMeasureIndexPage, SupportMeasurePage
from search import engines
from search.forms import listing_form

MEASURES = "measures"
# The measure finder's answers: the measures a company like the one described can apply for.
FINDER = "finder"
# A digest lists at most this many new matches, then links to the listing for the rest.
DIGEST_SIZE = 20
# The newest entries a digest looks through: those since its search was last checked, and those that came
# while the digest waited in the queue, which belong to the next one.
NEWEST_LOOKED_AT = 200
# Parameters that are not filters: where the visitor was in the list, how it was ordered.
NOT_FILTERS = ("page", "sort")


@dataclass(frozen=True)
class Match:
    title: str
    url: str


@dataclass(frozen=True)
class NewMatches:
    matches: list[Match]
    more: bool  # past DIGEST_SIZE


def scopes() -> list[str]:
    return [*SPECS, MEASURES, FINDER]


def saved_query(query_string: str) -> str:
    """The filters of a listing's query string, in a stable order, without its page and sort."""
    params = QueryDict(query_string)
    pairs = sorted(
        (name, value)
        for name, values in params.lists()
        if name not in NOT_FILTERS
        for value in values
        if value.strip()
    )
    return urlencode(pairs)


def _form(scope: str, query: str):
    data = QueryDict(query)
    if scope == MEASURES:
        return MeasureFilterForm(data)
    if scope == FINDER:
        return FinderForm(data)
    return listing_form(SPECS[scope])(data)


def _chosen_labels(form, filters: dict, names) -> list[str]:
    labels = []
    for name in names:
        value = filters.get(name) or ()
        chosen = {value} if isinstance(value, str) else set(value)
        labels += [str(label) for value, label in form.fields[name].choices if value in chosen]
    return labels


def can_save(scope: str, query: str) -> bool:
    """A listing's filters can be saved whatever they are (a bad one is left out, as the listing does); the
    finder's answers only when they are complete."""
    return scope != FINDER or _form(scope, query).is_valid()


def describe(scope: str, query: str) -> str:
    """The search as its owner reads it in a list or a subject line: «Помещения: «склад», Зеленоград»."""
    form = _form(scope, query)
    filters = valid_filters(form)
    parts = [f"«{filters['q']}»"] if filters.get("q") else []
    if scope == FINDER:
        parts += _chosen_labels(form, filters, ("organisation", "industry", "needs"))
        return _("Measures for you: %(answers)s") % {"answers": "; ".join(parts)}
    if scope == MEASURES:
        title = _("Support measures")
        parts += _chosen_labels(form, filters, FACETS)
        if filters.get("amount") is not None:
            parts.append(_("at least %(amount)s ₽") % {"amount": f"{filters['amount']:,}".replace(",", " ")})
    else:
        spec = SPECS[scope]
        title = spec.title
        parts += _chosen_labels(form, filters, [facet.name for facet in spec.facets])
        for bounds in spec.ranges:
            low, high = filters.get(f"{bounds.name}_min"), filters.get(f"{bounds.name}_max")
            if low is not None or high is not None:
                parts.append(f"{bounds.label} {_range(low, high)}")
    return f"{title}: {', '.join(parts)}" if parts else str(title)


def _range(low, high) -> str:
    if high is None:
        return _("from %(low)s") % {"low": low}
    if low is None:
        return _("up to %(high)s") % {"high": high}
    return f"{low}–{high}"


def listing_path(scope: str, query: str, language: str) -> str:
    """The listing with the saved filters, in the search's language."""
    with translation.override(language):
        if scope in (MEASURES, FINDER):
            index = SupportMeasureIndexPage.objects.live().filter(locale__language_code=language).first()
            path = index.url if index else reverse("search:results")
            if index and scope == FINDER:
                path += index.reverse_subpage("finder")
        else:
            path = reverse(f"catalog:{scope}-list")
    return path + (f"?{query}" if query else "")


def new_matches(
    scope: str, query: str, language: str, since: datetime.datetime, until: datetime.datetime
) -> NewMatches:
    """What the search matches that appeared after `since` and until `until`, newest first."""
    with translation.override(language):
        if scope == MEASURES:
            return _new_measures(query, language, since, until)
        if scope == FINDER:
            return _new_for_finder(query, language, since, until)
        return _new_entries(SPECS[scope], query, language, since, until)


def _new_entries(spec, query: str, language: str, since, until) -> NewMatches:
    form = listing_form(spec)(QueryDict(query))
    asked = dataclasses.replace(
        form.query(valid_filters(form), 1, NEWEST_LOOKED_AT), sort="newest", counts=False
    )
    result = engines.search(spec, asked, language)
    entries = spec.cards(result.ids)
    new = [entries[pk] for pk in result.ids if pk in entries and since < entries[pk].created <= until]
    shown = localize(new[:DIGEST_SIZE], language)
    return NewMatches(
        [Match(str(entry), settings.SITE_URL + entry.facts.get_absolute_url()) for entry in shown],
        len(new) > DIGEST_SIZE,
    )


def _published_between(language: str, since, until):
    return (
        SupportMeasurePage.objects.live()
        .public()
        .filter(locale__language_code=language, first_published_at__gt=since, first_published_at__lte=until)
    )


def _newest_measures(measures: list) -> NewMatches:
    measures.sort(key=lambda measure: measure.first_published_at, reverse=True)
    return NewMatches(
        [Match(measure.title, settings.SITE_URL + measure.url) for measure in measures[:DIGEST_SIZE]],
        len(measures) > DIGEST_SIZE,
    )


def _new_measures(query: str, language: str, since, until) -> NewMatches:
    form = MeasureFilterForm(QueryDict(query))
    measures = _published_between(language, since, until).prefetch_related("audiences", "industries")
    found, _counts = filter_measures(measures, valid_filters(form), timezone.localdate())
    return _newest_measures([facts.measure for facts in found])


def _new_for_finder(query: str, language: str, since, until) -> NewMatches:
    form = FinderForm(QueryDict(query))
    if not form.is_valid():
        return NewMatches([], False)
    found = find_measures(form.cleaned_data, _published_between(language, since, until), timezone.localdate())
    return _newest_measures([match.measure for match in found])
