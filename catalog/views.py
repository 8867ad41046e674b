"""A catalog entry's public page, at the same id in both languages."""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from catalog.entry import published
from catalog.facts import shown
from core.meta_description import first_sentence
from core.navigation import Crumb


def catalog_crumb(spec) -> Crumb:
    return Crumb(spec.title, reverse(f"catalog:{spec.segment}-list"))


def entry_detail(request, spec, pk: int, slug: str):
    entry = get_object_or_404(published(spec.model), pk=pk)
    if slug != entry.slug:
        return redirect(entry.get_absolute_url(), permanent=True)
    localized = entry.in_language()
    related = spec.relations(entry)
    # The entry's own first sentence when it is written in the page's language, else the catalog's.
    description = localized.text.description if not localized.lang else ""
    return render(
        request,
        # A catalog's own template only where its page shows more than its facts and text.
        [f"catalog/{spec.model._meta.model_name}_detail.html", "catalog/entry_detail.html"],
        {
            "entry": localized.facts,
            "text": localized.text,
            "text_lang": localized.lang,
            "meta_description": first_sentence(description) or spec.home.description,
            # An entry without a name of its own (a manufacturer) is named after its organization.
            "name": str(localized),
            "facts": shown(spec.details, localized, related),
            "crumbs": [catalog_crumb(spec), Crumb(str(localized), request.path)],
            **related,
        },
    )
