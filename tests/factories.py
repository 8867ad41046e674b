"""Pages made to order for tests that need exact data: each published in Russian only, unless translated."""

import datetime
import itertools

from django.utils.text import slugify

from home.models import SupportMeasureIndexPage, SupportMeasurePage
from taxonomy.models import Audience, Industry

_numbers = itertools.count(1)


def measure_index(home) -> SupportMeasureIndexPage:
    index = SupportMeasureIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=SupportMeasureIndexPage(title="Меры поддержки", slug="support-measures")
        )
        index.save_revision().publish()
    return index


def make_measure(
    index,
    title: str,
    kind: str = "grant",
    audiences: tuple[str, ...] = ("startup",),
    industries: tuple[str, ...] = (),
    opens: datetime.date | None = None,
    deadline: datetime.date | None = None,
    **fields,
) -> SupportMeasurePage:
    measure = SupportMeasurePage(
        title=title,
        slug=fields.pop("slug", f"{slugify(title) or 'measure'}-{next(_numbers)}"),
        kind=kind,
        opens=opens,
        deadline=deadline,
        summary=fields.pop("summary", f"Кратко о мере «{title}»."),
        eligibility="<ul><li>Регистрация в Москве</li></ul>",
        documents="<ul><li>Заявление</li></ul>",
        how_to_apply="<p>Подайте заявку на портале.</p>",
        operator="Фонд содействия",
        audiences=list(Audience.objects.filter(slug__in=audiences)),
        industries=list(Industry.objects.filter(slug__in=industries)),
        **fields,
    )
    index.add_child(instance=measure)
    measure.save_revision().publish()
    return measure


def make_entry(model, english: dict | None = None, relations: dict | None = None, **fields):
    """A catalog entry's Russian row and, with `english` text fields, its English translation row."""
    from wagtail.models import Locale

    # The lists are parental fields: a row saves them with itself.
    entry = model.objects.create(locale=Locale.objects.get(language_code="ru"), **fields, **(relations or {}))
    if english is not None:
        translation = entry.copy_for_translation(Locale.objects.get(language_code="en"))
        for name, value in english.items():
            setattr(translation, name, value)
        for name, values in (relations or {}).items():
            getattr(translation, name).set(values)
        translation.save()
    return entry


def seed_small_demo(hostname: str, port: int) -> dict:
    """The demo, small: a spread of 30 measures and 30 news items, the 12 clusters, 1% of the catalogs."""
    from catalog.demo import seed_catalogs
    from home.demo.seed import seed
    from home.site_setup import ensure_site
    from search.indexing import rebuild_all

    homes = ensure_site(hostname=hostname, port=port)
    seed(write=lambda line: None, limit=30)
    seed_catalogs(write=lambda line: None, scale=0.01)
    rebuild_all()
    return homes
