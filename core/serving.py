"""Serving a page with fewer queries than Wagtail's defaults take: its view restrictions and its route.

Wagtail asks the database for the view restrictions of a page and its ancestors every time it serves the
page, and for all of them every time a listing keeps to the public pages (`public()`), though a site has a
handful at most and they rarely change: here they are read once per cache generation, which a restriction
saved or deleted renews (core.cache_generation). Where some page is an alias, whose restrictions are those
of its source, Wagtail's own reading applies.

Wagtail routes to each child in two queries (its page row, then its specific row); below a page whose
children are all of one type, the child's specific row is found in one.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from wagtail.models import Page, PageViewRestriction

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

    def get_view_restrictions(self):
        restrictions = _restrictions()
        if restrictions.aliases:
            return super().get_view_restrictions()
        applying = [pk for pk, path in restrictions.paths.items() if self.path.startswith(path)]
        # Empty, the queryset answers without asking the database.
        return PageViewRestriction.objects.filter(pk__in=applying)

    def route(self, request, path_components):
        children = type(self).allowed_subpage_models()
        if not path_components or len(children) != 1:
            return super().route(request, path_components)
        try:
            child = children[0].objects.child_of(self).get(slug=path_components[0])
        except children[0].DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self  # as Wagtail's route leaves it: the breadcrumbs read it
        return child.route(request, path_components[1:])
