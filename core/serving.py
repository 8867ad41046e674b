"""Serving a page with fewer queries than Wagtail's defaults take: its view restrictions and its route.

Wagtail asks the database for the view restrictions of a page and its ancestors every time it serves the
page, and for all of them every time a listing keeps to the public pages (`public()`), though a site has a
handful at most and they rarely change: here they are read once per cache generation, which a restriction
saved or deleted renews (core.cache_generation). Where some page is an alias, whose restrictions are those
of its source, Wagtail's own reading applies.

Wagtail routes a request from the site's root page in the active language, which takes it three queries in
English (the locale, the translation, its specific row) and two in Russian, then to each child in two (its
page row, then its specific row). Here the root page in the language is read in one query, and each child
in one with its own type's row joined (core.page_urls routes from `localized_root`).
"""

from dataclasses import dataclass
from functools import cache as once
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site

from core import cache_generation


@dataclass(frozen=True)
class _Restrictions:
    paths: dict[int, str]  # each restriction's id: the path of the page it restricts (with its descendants)
    aliases: bool


def _restrictions() -> _Restrictions:
    key = f"view-restrictions:{cache_generation.current()}"
    restrictions = cache.get(key)
    if restrictions is None:
        restrictions = _Restrictions(
            dict(PageViewRestriction.objects.values_list("pk", "page__path")),
            Page.objects.filter(alias_of__isnull=False).exists(),
        )
        cache.set(key, restrictions, cache_generation.CACHE_SECONDS)
    return restrictions


def public(pages):
    """`pages.public()`: the pages outside every restricted section."""
    paths = set(_restrictions().paths.values())
    if not paths:
        return pages
    return pages.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))


class LeanServing:
    """For page models, before Wagtail's Page (and after RoutablePageMixin, whose sub-routes come first)."""

    read_with: tuple[str, ...] = ()  # the foreign keys the page shows, joined to its row when routed to

    def get_view_restrictions(self):
        restrictions = _restrictions()
        if restrictions.aliases:
            return super().get_view_restrictions()
        applying = [pk for pk, path in restrictions.paths.items() if self.path.startswith(path)]
        # Empty, the queryset answers without asking the database.
        return PageViewRestriction.objects.filter(pk__in=applying)

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        joined = _joined(type(self))
        children = Page.objects.child_of(self)
        if joined:  # without names, select_related would join every foreign key
            children = children.select_related(*joined)
        try:
            page = children.get(slug=path_components[0])
        except Page.DoesNotExist as error:
            raise Http404 from error
        own = page.specific_class._meta.model_name if page.specific_class else None
        child = getattr(page, own) if own in joined else page.specific
        child._cached_parent_obj = self  # as Wagtail's route leaves it: the breadcrumbs read it
        return child.route(request, path_components[1:])


@once
def _joined(model) -> tuple[str, ...]:
    """What routing joins to a child of `model`: the own row of each page type allowed below it (but a
    subclass of another page type, read apart) and the rows that type shows with it (`read_with`)."""
    joined = []
    for child in model.allowed_subpage_models():
        if list(child._meta.parents) == [Page]:
            name = child._meta.model_name
            joined += [name, *(f"{name}__{field}" for field in getattr(child, "read_with", ()))]
    return tuple(joined)


def localized_root(site: Site) -> Page:
    """The site's root page in the active language, specific, as Wagtail's `root_page.localized.specific`
    gives it: the root page itself where it has no live translation in the language."""
    root = site.root_page
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        return root.specific
    home = root.specific_class.objects.filter(
        translation_key=root.translation_key, locale__language_code=language, live=True
    ).first()
    return home or root.specific
