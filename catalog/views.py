"""Public catalog pages: a list per catalog and a detail page per entry, at the same id in both languages."""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from catalog.entry import SOURCE_LANGUAGE, localize
from catalog.relations import RELATIONS
from home.listing import paginate
from home.navigation import Crumb

PER_PAGE = 24


def _entries(model):
    return model.objects.filter(locale__language_code=SOURCE_LANGUAGE)


def _catalog_crumb(request, model) -> Crumb:
    return Crumb(str(model._meta.verbose_name_plural).capitalize(), reverse(f"catalog:{model.segment}-list"))


def entry_list(request, model):
    page = paginate(request, _entries(model).order_by(*model._meta.ordering, "pk"), PER_PAGE)
    return render(
        request,
        "catalog/entry_list.html",
        {
            "title": str(model._meta.verbose_name_plural).capitalize(),
            "entries": localize(page.object_list),
            "page_obj": page,
            "crumbs": [_catalog_crumb(request, model)],
        },
    )


def entry_detail(request, model, pk: int, slug: str):
    entry = get_object_or_404(_entries(model), pk=pk)
    if slug != entry.slug:
        return redirect(entry.get_absolute_url(), permanent=True)
    localized = entry.in_language()
    related = RELATIONS[model](entry)
    # A manufacturer profile is named after its organization.
    name = related.get("organization") if model.segment == "manufacturers" else localized
    return render(
        request,
        f"catalog/{model._meta.model_name}_detail.html",
        {
            "entry": localized.facts,
            "text": localized.text,
            "text_lang": localized.lang,
            "crumbs": [_catalog_crumb(request, model), Crumb(str(name), request.path)],
            **related,
        },
    )
