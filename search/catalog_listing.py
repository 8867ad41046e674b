"""A catalog's public listing: the faceted search over one declared catalog, with its filters and cards."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from catalog.entry import localize
from catalog.views import catalog_crumb
from core.listing import FieldError, form_errors, requested_page, valid_filters
from search import corrections, engines
from search.forms import listing_form
from search.query import RESULT_WINDOW

PER_PAGE = 24


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


def listing(request, spec):

    form = listing_form(spec)(request.GET)
    filters = valid_filters(form)
    page_error = ""
    try:
        number = requested_page(request)
    except Http404 as error:
        number, page_error = 1, str(error)
    query = form.query(filters, number, PER_PAGE)
    result = engines.search(spec, query, get_language())
    paginator = Paginator(range(result.total), PER_PAGE)
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
    facet_groups = [(form[facet.name], result.facets[facet.name]) for facet in spec.facets]
    selected = [
        (value.label, _without(request, field.name, value.value))
        for field, values in facet_groups
        for value in values
        if value.selected
    ] + [
        (f"{bounds.label}", _without(request, name))
        for bounds in spec.ranges
        for name in (f"{bounds.name}_min", f"{bounds.name}_max")
        if filters.get(name) is not None
    ]
    return render(
        request,
        "catalog/listing.html",
        {
            "title": spec.title,
            "total": result.total,
            "entries": localize([objects[pk] for pk in result.ids]),
            "page_obj": page,
            "form": form,
            "errors": form_errors(form)
            + ([FieldError("results-title", _("Page"), page_error)] if page_error else []),
            "facet_groups": facet_groups,
            "range_groups": [
                (bounds, [form[f"{bounds.name}_min"], form[f"{bounds.name}_max"]]) for bounds in spec.ranges
            ],
            "selected": selected,
            "correction": corrections.offer(query.text, result.total, lambda text: _with_text(request, text)),
            "past_window": query.past_window,
            "window": RESULT_WINDOW,
            "crumbs": [catalog_crumb(spec)],
        },
        status=400 if page_error else 200,
    )
