"""Builds the skeleton every installation needs: both locales, a home page per language and the Site."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from home.translation import publish_translation

HOME_CONTENT = {
    "ru": {
        "title": "imoscow: инновации в Москве",
        "intro": "Меры поддержки, площадки, партнёры и производители для инновационных компаний Москвы.",
    },
    "en": {
        "title": "imoscow: innovation in Moscow",
        "intro": "Support measures, premises, partners and manufacturers for Moscow's innovative companies.",
    },
}


def _locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in HOME_CONTENT}


def _root(locale: Locale) -> Page:
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


@transaction.atomic
def ensure_site(hostname: str | None = None, port: int | None = None) -> dict[str, HomePage]:
    """Returns the home page of each language, creating what is missing. Re-running changes nothing.

    The Site's address defaults to SITE_URL, so sitemaps and absolute links point where the site runs.
    """
    site_url = urlsplit(settings.SITE_URL)
    hostname = hostname or site_url.hostname
    port = port or site_url.port or (443 if site_url.scheme == "https" else 80)
    locales = _locales()
    root = _root(locales["ru"])
    # Wagtail's first migration leaves a placeholder "Welcome" page; the home pages replace it.
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()

    homes: dict[str, HomePage] = {}

    homes["ru"] = HomePage.objects.filter(locale=locales["ru"]).first()
    if homes["ru"] is None:
        homes["ru"] = root.add_child(
            instance=HomePage(slug="home", locale=locales["ru"], **HOME_CONTENT["ru"])
        )
        homes["ru"].save_revision().publish()

    english = {HOME_CONTENT["ru"][field]: HOME_CONTENT["en"][field] for field in HOME_CONTENT["ru"]}
    home = homes["ru"].get_translation_or_none(locales["en"])
    homes["en"] = home.specific if home else publish_translation(homes["ru"], {**english, "home": "home"})

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = hostname, port, homes["ru"], "imoscow"
    site.save()
    return homes
