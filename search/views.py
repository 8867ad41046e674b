"""The site-wide search page (/<lang>/search/) and its autocomplete suggestions (/<lang>/search/suggest/)."""

from dataclasses import asdict
from urllib.parse import urlencode

from django import forms
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.listing import form_errors
from core.navigation import Crumb
from search import corrections
from search.forms import MAX_QUERY_LENGTH
from search.site_search import (
    catalog_listings,
    measure_finder_url,
    search_catalogs,
    search_pages,
)
from search.suggestions import suggestions

SUGGESTIONS_MAX_AGE = 60


class SiteSearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Search the site"), required=False, max_length=MAX_QUERY_LENGTH, strip=True
    )


def _text(form: SiteSearchForm) -> str:
    return form.cleaned_data["q"] if form.is_valid() else ""


@require_safe
def results(request):
    form = SiteSearchForm(request.GET)
    text = _text(form)
    measures, pages = search_pages(text, request) if text else (None, None)
    catalogs = search_catalogs(text, get_language()) if text else []
    total = sum(group.total for group in (measures, pages, *catalogs) if group)
    nothing = bool(text) and not total
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "errors": form_errors(form),
            "query": text,
            "measures": measures,
            "catalogs": catalogs,
            "pages": pages,
            "total": total,
            "correction": corrections.offer(
                text, total, lambda fixed: f"{request.path}?{urlencode({'q': fixed})}"
            ),
            "finder_url": measure_finder_url() if nothing else None,
            "listings": catalog_listings() if nothing else [],
            "crumbs": [Crumb(_("Search"), request.path)],
        },
    )


@require_safe
def suggest(request):
    form = SiteSearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"error": " ".join(form.errors["q"])}, status=400)
    text = _text(form)
    found = suggestions(text, get_language(), request)
    # What the autocomplete's live region says (assets/js/site-search.js), in the reader's language.
    count = len(found)
    announcement = ngettext("%(count)s suggestion", "%(count)s suggestions", count) % {"count": count}
    response = JsonResponse(
        {
            "query": text,
            "suggestions": [asdict(suggestion) for suggestion in found],
            "announcement": announcement if found else _("No suggestions"),
        },
        json_dumps_params={"ensure_ascii": False},
    )
    patch_cache_control(response, max_age=SUGGESTIONS_MAX_AGE)
    return response
