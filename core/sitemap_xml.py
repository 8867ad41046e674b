"""A sitemap section's file, as Django's sitemap view writes it with its sitemap.xml template, without the
template engine: a file of 25,000 addresses, each with its alternates, took the template three seconds."""

import datetime
from html import escape

from django.contrib.sitemaps.views import x_robots_tag
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.http import http_date

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)
TAIL = "\n</urlset>\n"


def _day(value: datetime.date) -> str:
    """The date as the template's `date:"Y-m-d"` writes it: a moment in the site's time zone."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat()[:10]


def _url(url: dict) -> str:
    parts = [f"<url><loc>{escape(url['location'])}</loc>"]
    if url.get("lastmod"):
        parts.append(f"<lastmod>{_day(url['lastmod'])}</lastmod>")
    if url.get("changefreq"):
        parts.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
    if url.get("priority"):
        parts.append(f"<priority>{escape(url['priority'])}</priority>")
    parts += [
        f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"])}" '
        f'href="{escape(alternate["location"])}"/>'
        for alternate in url.get("alternates", ())
    ]
    parts.append("</url>")
    return "".join(parts)


@x_robots_tag
def section(request, sitemaps: dict, section: str):
    """One file (`?p=`) of one section of `sitemaps`, with its latest change (a datetime, as every section's
    dates are) as Last-Modified."""
    if section not in sitemaps:
        raise Http404(f"No sitemap section {section!r}")
    sitemap = sitemaps[section]
    if callable(sitemap):
        sitemap = sitemap()
    try:
        urls = sitemap.get_urls(
            page=request.GET.get("p", 1), site=get_current_site(request), protocol=request.scheme
        )
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(str(error)) from error
    lastmod = getattr(sitemap, "latest_lastmod", None)
    response = HttpResponse(HEAD + "".join(map(_url, urls)) + TAIL, content_type="application/xml")
    if lastmod:
        response["Last-Modified"] = http_date(lastmod.timestamp())
    return response
