"""A catalog's public listing: the faceted search over one declared catalog, with its filters and cards."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from catalog.entry import localize
from catalog.views import catalog_crumb
from core.listing import FieldError, form_errors, requested_page, valid_filters, without_empty_parameters
from core.templatetags.text_language import script_language
from search import corrections, engines
from search.facet_groups import FacetGroup, facet_group
from search.forms import listing_form
from search.query import pageable

PER_PAGE = 24


@dataclass(frozen=True)
class Chip:
    """A chosen filter shown above the results; its link is the same address without it."""

    label: str  # safe HTML where it marks the language of the visitor's words
    url: str


def _without(request, name: str, value: str = "") -> str:
    """The current address without one selected value, or without a whole parameter (undoing a filter)."""
    query = request.GET.copy()
    query.pop("page", None)
    if value:
        query.setlist(name, [item for item in query.getlist(name) if item != value])
    else:
        query.pop(name, None)
    return f"?{query.urlencode()}" if query else request.path


def _with_text(request, text: str) -> str:
    """The current address, filters kept, with other words to look for (from its first page)."""
    query = request.GET.copy()
    query.pop("page", None)
    query["q"] = text
    return f"{request.path}?{query.urlencode()}"


def _cleared(request) -> str:
    """The address without any filter or words; the order chosen stays."""
    sort = request.GET.get("sort")
    return f"{request.path}?{urlencode({'sort': sort})}" if sort else request.path


def _chips(request, spec, filters: dict, groups: list[FacetGroup]) -> list[Chip]:
    chips = []
    if words := filters.get("q"):
        # The words are the visitor's, in whichever language they typed them.
        marked = format_html('<span lang="{}">{}</span>', script_language(words), words)
        label = format_html(_("Search: “%(words)s”").replace("%(words)s", "{}"), marked)
        chips.append(Chip(label, _without(request, "q")))
    chips += [
        Chip(value.label, _without(request, group.field.name, value.value))
        for group in groups
        for value in group.shown
        if value.selected
    ]
    bound_labels = {"min": _("%(range)s: from %(value)s"), "max": _("%(range)s: to %(value)s")}
    for bounds in spec.ranges:
        for end, label in bound_labels.items():
            name = f"{bounds.name}_{end}"
            if filters.get(name) is not None:
                # Grouped from five digits, as Russian typography does: a year stays 2018.
                value = number_format(filters[name], use_l10n=True, force_grouping=filters[name] >= 10_000)
                chips.append(Chip(label % {"range": bounds.label, "value": value}, _without(request, name)))
    return chips


def listing(request, spec):
    if clean := without_empty_parameters(request):
        return redirect(clean)
    form = listing_form(spec)(request.GET)
    filters = valid_filters(form)
    page_error = ""
    try:
        number = requested_page(request)
    except Http404 as error:
        number, page_error = 1, str(error)
    query = form.query(filters, number, PER_PAGE)
    result = engines.search(spec, query, get_language())
    # Links go only to pages an engine can show: within the result window, as far as the results reach.
    paginator = Paginator(range(pageable(result.total, PER_PAGE)), PER_PAGE)
    if number > paginator.num_pages:
        # The visitor keeps the filters and sees the first page, with what went wrong above it.
        page_error = _("There is no page %(page)s of this list; it has %(pages)s.") % {
            "page": number,
            "pages": paginator.num_pages,
        }
        query = form.query(filters, 1, PER_PAGE)
        result = engines.search(spec, query, get_language())
    page = paginator.page(query.page)
    objects = spec.cards(result.ids)
    groups = [facet_group(form[facet.name], facet, result.facets[facet.name]) for facet in spec.facets]
    errors = form_errors(form) + ([FieldError("results-title", _("Page"), page_error)] if page_error else [])
    return render(
        request,
        "catalog/listing.html",
        {
            "title": spec.title,
            "scope": spec.segment,
            "meta_description": spec.home.description,
            "total": result.total,
            "entries": localize([objects[pk] for pk in result.ids]),
            "page_obj": page,
            "form": form,
            "errors": errors,
            "facet_groups": groups,
            "range_groups": [
                (bounds, [form[f"{bounds.name}_min"], form[f"{bounds.name}_max"]]) for bounds in spec.ranges
            ],
            "correction": corrections.offer(query.text, result.total, lambda text: _with_text(request, text)),
            "chips": _chips(request, spec, filters, groups),
            "cleared": _cleared(request),
            "window": paginator.count,
            "capped": result.total > paginator.count,
            "crumbs": [catalog_crumb(spec)],
        },
        status=400 if page_error else 200,
    )
