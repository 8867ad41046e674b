"""Wagtail's page addresses (wagtail.urls), their pages routed from core.serving.localized_root: the root page
in the request's language in one query, where Wagtail's own routing takes two or three."""

from django.http import Http404
from django.urls import re_path
from wagtail import urls, views
from wagtail.models import Site

from core.serving import localized_root


def serve(request, path):
    """Wagtail's page view, with the route found here: Wagtail keeps a request's route on the request
    (Page.route_for_request) and takes it from there."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _route(request, path)
    return views.serve(request, path)


def _route(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        return localized_root(site).route(request, [part for part in path.split("/") if part])
    except Http404:
        return None


urlpatterns = [
    *(pattern for pattern in urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(urls.serve_pattern, serve, name="wagtail_serve"),
]
