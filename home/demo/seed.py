"""Builds the demo site from home.demo.content: Russian pages and their English translations.

Pages are found by slug under their parent, so re-running creates only what is missing and never touches
what editors changed. English versions go through wagtail-localize, as an editor's translation would.
"""

import datetime
from collections.abc import Callable, Iterable
from html import escape

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core.models import FooterLink, FooterSettings
from home.demo import content
from home.demo.content import Section, Text
from home.models import (
    AccessibilityStatementPage,
    ClusterIndexPage,
    ClusterPage,
    HomeFeaturedMeasure,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    SupportMeasureIndexPage,
    SupportMeasurePage,
)
from home.site_setup import ensure_site
from home.translation import publish_translation
from taxonomy.models import Audience, Industry, NewsTopic

FEATURED_MEASURES = 3
# The demo's news item with an expiry date: the newest one leaves the site this many days after seeding.
NEWS_EXPIRES_IN_DAYS = 30
FOOTER_PAGES = ("about", "contacts", "privacy", "accessibility")
MENU_PAGES = ("about",)
# Pages of the footer with a page type of their own.
STANDARD_PAGE_MODELS = {"accessibility": AccessibilityStatementPage}


class PageSpec:
    """A page to create: its Russian field values and the Russian -> English map of its strings."""

    def __init__(self, slug: str, **fields):
        self.slug = slug
        self.fields = {"slug": slug, **fields}
        self.english = {slug: slug}
        self.relations: dict[str, list] = {}

    def text(self, name: str, value: Text) -> "PageSpec":
        self.fields[name] = value.ru
        self._translate(value)
        return self

    def rich_list(self, name: str, items: Iterable[Text]) -> "PageSpec":
        items = list(items)
        self.fields[name] = (
            "<ul>" + "".join(f"<li>{escape(item.ru, quote=False)}</li>" for item in items) + "</ul>"
        )
        for item in items:
            self._translate(item)
        return self

    def rich_paragraphs(self, name: str, paragraphs: Iterable[Text]) -> "PageSpec":
        paragraphs = list(paragraphs)
        self.fields[name] = "".join(f"<p>{escape(p.ru, quote=False)}</p>" for p in paragraphs)
        for paragraph in paragraphs:
            self._translate(paragraph)
        return self

    def body(self, name: str, sections: Iterable[Section]) -> "PageSpec":
        blocks = []
        for section in sections:
            if section.kind == "heading":
                blocks.append(("heading", {"text": section.text.ru, "level": "h2"}))
            else:
                blocks.append(("paragraph", f"<p>{escape(section.text.ru, quote=False)}</p>"))
            self._translate(section.text)
        self.fields[name] = blocks
        return self

    def relate(self, name: str, objects: list) -> "PageSpec":
        self.relations[name] = objects
        return self

    def _translate(self, value: Text) -> None:
        if value.ru:
            self.english[value.ru] = value.en


def ensure_page(
    parent: Page,
    model: type[Page],
    spec: PageSpec,
    go_live_at: datetime.datetime | None = None,
    expire_at: datetime.datetime | None = None,
) -> Page:
    """The Russian page with spec's slug under `parent`, created and translated if missing. A page an
    earlier demo made there with another type (the accessibility statement was a StandardPage) is kept.
    A new page gets the publishing schedule given, as an editor sets it in the page's Status panel: with a
    future `go_live_at` both languages wait for `manage.py publish_scheduled` to publish them."""
    page = Page.objects.child_of(parent).filter(slug=spec.slug).specific().first()
    with transaction.atomic():
        if page is None:
            page = model(
                locale=parent.locale,
                live=go_live_at is None,
                go_live_at=go_live_at,
                expire_at=expire_at,
                **spec.fields,
            )
            for name, objects in spec.relations.items():
                setattr(page, name, objects)
            parent.add_child(instance=page)
            page.save_revision().publish()
        english = Locale.objects.get(language_code="en")
        if page.get_translation_or_none(english) is None:
            publish_translation(page, spec.english)
    return page


def _index(home: Page, model: type[Page], data: content.IndexData) -> Page:
    spec = PageSpec(data.slug, show_in_menus=True).text("title", data.title).text("intro", data.intro)
    return ensure_page(home, model, spec)


def _measure(data: content.MeasureData, taxonomies: dict) -> PageSpec:
    return (
        PageSpec(
            data.slug,
            kind=data.kind,
            amount_min=data.amount_min,
            amount_max=data.amount_max,
            currency=data.currency,
            opens=data.opens,
            deadline=data.deadline,
            contact_email=data.contact_email,
            contact_phone=data.contact_phone,
        )
        .text("title", data.title)
        .text("summary", data.summary)
        .rich_list("eligibility", data.eligibility)
        .rich_list("documents", data.documents)
        .rich_paragraphs("how_to_apply", data.how_to_apply)
        .text("operator", data.operator)
        .text("legal_basis", data.legal_basis)
        .relate("audiences", [taxonomies["audiences"][slug] for slug in data.audiences])
        .relate("industries", [taxonomies["industries"][slug] for slug in data.industries])
    )


def _cluster(data: content.ClusterData, taxonomies: dict) -> PageSpec:
    return (
        PageSpec(
            data.slug,
            industry=taxonomies["industries"][data.industry],
            contact_email=data.contact_email,
            contact_phone=data.contact_phone,
        )
        .text("title", data.title)
        .text("summary", data.summary)
        .rich_paragraphs("description", data.description)
        .rich_list("goals", data.goals)
        .text("coordinator", data.coordinator)
    )


def _news(data: content.NewsData, taxonomies: dict) -> PageSpec:
    return (
        PageSpec(data.slug, date=data.date)
        .text("title", data.title)
        .text("lead", data.lead)
        .body("body", data.body)
        .relate("topics", [taxonomies["topics"][slug] for slug in data.topics])
    )


def _at_nine(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


def _standard(data: content.StandardPageData) -> PageSpec:
    return (
        PageSpec(data.slug, show_in_menus=data.slug in MENU_PAGES)
        .text("title", data.title)
        .text("intro", data.intro)
        .body("body", data.body)
    )


def _feature_measures(home: Page, index: Page) -> None:
    """The home page shows the open measures with the soonest deadlines; editors change the choice later."""
    if not home.featured_measures.exists():
        today = timezone.localdate()
        open_soonest = (
            SupportMeasurePage.objects.child_of(index)
            .filter(opens__lte=today, deadline__gte=today)
            .order_by("deadline", "pk")[:FEATURED_MEASURES]
        )
        home.featured_measures = [HomeFeaturedMeasure(measure=measure) for measure in open_soonest]
        home.save_revision().publish()
    english = home.get_translation(Locale.objects.get(language_code="en")).specific
    if english.featured_measures.count() != home.featured_measures.count():
        # The English home page carries the same choice; it shows each measure's English version.
        publish_translation(home, {})


def _footer(home: Page) -> None:
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    if footer.links.exists():
        return
    pages = {page.slug: page for page in Page.objects.child_of(home).filter(slug__in=FOOTER_PAGES)}
    footer.contact_email = "info@imoscow.example"
    footer.contact_phone = "+7 495 777-77-77"
    footer.links = [FooterLink(page=pages[slug]) for slug in FOOTER_PAGES if slug in pages]
    footer.save()


def _spread(items: list, limit: int | None) -> list:
    """`limit` items taken evenly from `items`, so a small site still has every kind of item."""
    if limit is None or limit >= len(items):
        return items
    return [items[index * len(items) // limit] for index in range(limit)]


def _each(write: Callable[[str], None], label: str, items: list, create: Callable) -> list:
    """Creates each item, printing progress about every tenth of the way."""
    step = max(1, len(items) // 10)
    created = []
    for number, item in enumerate(items, start=1):
        created.append(create(item))
        if number % step == 0 or number == len(items):
            write(f"  {label}: {number}/{len(items)}")
    return created


def seed(
    write: Callable[[str], None] = print, today: datetime.date | None = None, limit: int | None = None
) -> None:
    """Creates what is missing; `limit` keeps that many items of each section, spread over it."""
    today = today or timezone.localdate()
    home = ensure_site()["ru"]
    taxonomies = {
        "audiences": {item.slug: item for item in Audience.objects.all()},
        "industries": {item.slug: item for item in Industry.objects.all()},
        "topics": {item.slug: item for item in NewsTopic.objects.all()},
    }

    measures_index = _index(home, SupportMeasureIndexPage, content.MEASURES_INDEX)
    _each(
        write,
        "support measures",
        _spread(content.measures(today), limit),
        lambda data: ensure_page(measures_index, SupportMeasurePage, _measure(data, taxonomies)),
    )
    announced = content.announced_measure(today)
    ensure_page(
        measures_index,
        SupportMeasurePage,
        _measure(announced.measure, taxonomies),
        go_live_at=_at_nine(announced.goes_live),
    )
    clusters_index = _index(home, ClusterIndexPage, content.CLUSTERS_INDEX)
    _each(
        write,
        "clusters",
        _spread(content.clusters(), limit),
        lambda data: ensure_page(clusters_index, ClusterPage, _cluster(data, taxonomies)),
    )
    news_index = _index(home, NewsIndexPage, content.NEWS_INDEX)
    news = _spread(content.news(today), limit)
    expiring = news[0].slug
    expire_at = _at_nine(today + datetime.timedelta(days=NEWS_EXPIRES_IN_DAYS))
    _each(
        write,
        "news",
        news,
        lambda data: ensure_page(
            news_index,
            NewsPage,
            _news(data, taxonomies),
            expire_at=expire_at if data.slug == expiring else None,
        ),
    )
    _each(
        write,
        "pages",
        list(content.STANDARD_PAGES),
        lambda data: ensure_page(home, STANDARD_PAGE_MODELS.get(data.slug, StandardPage), _standard(data)),
    )
    _feature_measures(home, measures_index)
    _footer(home)
