"""The admin screens editors work on (issue 17): pages and snippets, their listings, translation, the review
of applications. Everything here is read from or written to the database before the browser opens (see
harness); `visible_text` checks then read the screens as a Russian editor sees them."""

import re
from dataclasses import dataclass

from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from accounts.staff import create_editor
from applications.models import Application
from catalog.registry import SPECS
from home.models import NewsPage, SupportMeasureIndexPage
from tests.applications.support import VALID
from tests.factories import make_measure

EDITOR = ("redaktor@imoscow.local", "Проверка-админки-17")


@dataclass(frozen=True)
class Screen:
    name: str
    path: str
    # Text an editor typed, shown as it is: Latin words in it are the editor's, not the admin's.
    content: str = ""
    # The screen is drawn by JavaScript after it loads (wagtail-localize's editor).
    ready: str = "main"


def _content(*objects) -> str:
    return " ".join(
        str(getattr(obj, field.attname)) for obj in objects for field in obj._meta.concrete_fields
    )


def _snippet_url(model, view: str, *args) -> str:
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{view}", args=args)


def prepare() -> tuple[tuple[str, str], list[Screen]]:
    """An editor, a new measure with an English translation started (a draft), an application to review; the
    screens to walk and the editor's email address, password and authenticator key."""
    user, key = create_editor("редактор", *EDITOR, superuser=True)
    index = SupportMeasureIndexPage.objects.get(locale__language_code="ru")
    measure = make_measure(index, "Грант на испытания роботов", industries=("robotics",))
    TranslationCreator(user, [Locale.objects.get(language_code="en")]).create_translations(measure)
    draft = measure.get_translation(Locale.objects.get(language_code="en"))
    news = NewsPage.objects.filter(locale__language_code="ru").first()
    cache.clear()  # the application form's rate limit counts the demo's earlier posts
    Client().post(
        reverse("applications:apply", args=[measure.pk]), {**VALID, "requested_amount": "3 500 000"}
    )
    application = Application.objects.get(measure=measure)

    screens = [
        Screen("dashboard", reverse("wagtailadmin_home")),
        Screen(
            "measures in the page explorer", reverse("wagtailadmin_explore", args=[index.pk]), _all(index)
        ),
        Screen(
            "page search", reverse("wagtailadmin_pages:search") + "?q=грант", _all(index, draft.get_parent())
        ),
        Screen("measure editor", reverse("wagtailadmin_pages:edit", args=[measure.pk]), _content(measure)),
        Screen(
            "new measure",
            reverse("wagtailadmin_pages:add", args=["home", "supportmeasurepage", index.pk]),
        ),
        Screen("measure history", reverse("wagtailadmin_pages:history", args=[measure.pk]), measure.title),
        Screen("news editor", reverse("wagtailadmin_pages:edit", args=[news.pk]), _content(news)),
        Screen(
            "translation submission",
            reverse("wagtail_localize:submit_page_translation", args=[measure.pk]),
            measure.title,
        ),
        Screen(
            "translation editor",
            reverse("wagtailadmin_pages:edit", args=[draft.pk]),
            _content(measure, draft.specific),
            ready=".js-translation-editor > :not(input)",
        ),
        Screen("translations waiting", reverse("translations_waiting"), _all(index, draft.get_parent())),
        Screen("applications", reverse("applications_admin:index"), _content(*Application.objects.all())),
        Screen(
            "application review",
            reverse("applications_admin:edit", args=[application.pk]),
            _content(application, measure),
        ),
        Screen(
            "images",
            reverse("wagtailimages:index"),
            " ".join(get_image_model().objects.values_list("title", flat=True)),
        ),
    ]
    for spec in SPECS.values():
        entry = spec.model.objects.filter(locale__language_code="ru").first()
        screens += [
            Screen(
                f"{spec.segment} listing",
                _snippet_url(spec.model, "list") + "?locale=ru",
                _all_entries(spec.model),
            ),
            Screen(f"{spec.segment} editor", _snippet_url(spec.model, "edit", entry.pk), _content(entry)),
            Screen(f"new {spec.segment}", _snippet_url(spec.model, "add")),
        ]
    return (*EDITOR, key), screens


def _all(*parents: Page) -> str:
    pages = Page.objects.none()
    for parent in parents:
        pages |= Page.objects.descendant_of(parent, inclusive=True)
    return " ".join(pages.values_list("title", flat=True))


def _all_entries(model) -> str:
    return _content(*model.objects.filter(locale__language_code="ru"))


# Names and codes that stay in Latin letters in Russian text: the site's name, file formats, standards.
PROPER = {
    "imoscow",
    "Wagtail",
    "Draftail",
    "PO",
    "PDF",
    "DOCX",
    "XLSX",
    "CSV",
    "JPEG",
    "PNG",
    "URL",
    "HTML",
    "ID",
}
STANDARDS = {"3D", "5G", "ABS", "AS9100", "CAE", "CNC", "FR-4", "GMP", "HACCP", "IATF", "ISO"}
# A run of Latin letters and digits with at least one letter: "3D" in «3D-печать», "FR-4", "More".
LATIN_WORD = re.compile(r"(?<![\w-])[0-9A-Za-z'’-]*[A-Za-z][0-9A-Za-z'’-]*")
# A Russian word run into the next one, or a name in straight quotes: interpolation without its spaces.
JOINED = re.compile(r"[а-яё][A-Z]|[a-z][А-ЯЁ]|[а-яёa-z]«|»[а-яёa-z]|\s'[^'\n]+'\s")


def _words(text: str) -> dict[str, int]:
    return {match[0].strip("-"): match.start() for match in LATIN_WORD.finditer(text)}


def _around(text: str, start: int, end: int) -> str:
    return " ".join(text[max(start - 25, 0) : end + 25].split())


def foreign_words(text: str, content: str) -> list[str]:
    """Latin-script words of the screen's own text, not from the content shown on it nor a proper name or
    standard, each with the text around its first appearance."""
    allowed = PROPER | STANDARDS | set(_words(content))
    return [
        f"{word}: …{_around(text, start, start + len(word))}…"
        for word, start in sorted(_words(text).items())
        if word not in allowed
    ]


def joined_words(text: str) -> list[str]:
    return [f"…{_around(text, match.start(), match.end())}…" for match in JOINED.finditer(text)]
