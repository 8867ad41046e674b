"""Autocomplete: page titles and catalog entry names in the reader's language that start with the typed text.

Plain database queries, not the search engines: a suggestion is a name, matched by its beginning or by the
beginning of a later word ("лаз" suggests ООО «Лазертех»), the names that start with the text first. On
PostgreSQL the catalogs' name columns have trigram indexes (catalog migration 0008) that serve each of these
patterns, even for two letters. How a database matches "starts with" in any letter case is its backend's
(search.backends). The last word typed is cut to its Snowball stem when the stem begins it, so «роботы»
suggests what «робот» does («Робототехнический центр»).
"""

from dataclasses import dataclass

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.urls import reverse
from wagtail.models import Locale, Page

from catalog.entry import SOURCE_LANGUAGE
from catalog.registry import SPECS
from core.text import WORD, stem
from search.backends import current

MIN_LENGTH = 2
LIMIT = 10
# What comes before a word inside a name: ООО «Лазертех», Технопарк "Нагатино", Научно-технический (центр).
WORD_SEPARATORS = (" ", "«", '"', "-", "(")


@dataclass(frozen=True)
class Suggestion:
    label: str
    url: str
    kind: str  # "page", or the catalog's segment


def _starts(field: str, text: str, word: bool = False) -> Q:
    """`field` starts with `text` (with `word`: or a later word of it does), in any letter case."""
    return current().starts_with(field, text, WORD_SEPARATORS if word else ())


def _ranked(queryset, field: str, text: str):
    """The rows whose `field` matches, by rank (0: the name starts with the text, 1: a later word does), then
    alphabetically."""
    rank = Case(When(_starts(field, text), then=Value(0)), default=Value(1), output_field=IntegerField())
    return queryset.filter(_starts(field, text, word=True)).annotate(rank=rank).order_by("rank", field, "pk")


def _pages(text: str, locales: dict[str, int], language: str, request) -> list[tuple[int, Suggestion]]:
    pages = Page.objects.live().public().filter(locale_id=locales[language], depth__gt=1)
    return [
        (page.rank, Suggestion(page.title, page.get_url(request), "page"))
        for page in _ranked(pages, "title", text)[:LIMIT]
    ]


def _entries(model, text: str, locales: dict[str, int], language: str) -> list[tuple[int, Suggestion]]:
    shown = Q(locale_id=locales[language], live=True)
    if language != SOURCE_LANGUAGE:
        # An entry without a translation shows its Russian name to every reader, so that name is suggested.
        translated = model.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=locales[language], live=True
        )
        shown |= Q(locale_id=locales[SOURCE_LANGUAGE], live=True) & ~Exists(translated)
    rows = _ranked(model.objects.filter(shown), model.name_field, text)
    rows = list(rows.values_list("rank", model.name_field, "translation_key")[:LIMIT])
    # Both languages' addresses carry the Russian row's id and slug.
    sources = model.objects.filter(
        locale_id=locales[SOURCE_LANGUAGE], live=True, translation_key__in=[key for _, _, key in rows]
    ).values_list("translation_key", "pk", "slug")
    addresses = {
        key: reverse(f"catalog:{model.segment}", kwargs={"pk": pk, "slug": slug}) for key, pk, slug in sources
    }
    return [
        (rank, Suggestion(label, addresses[key], model.segment))
        for rank, label, key in rows
        if key in addresses
    ]


def beginning(text: str) -> str:
    """`text` with its last word cut to its stem, when the stem begins the word."""
    words = list(WORD.finditer(text))
    if not words or not text.endswith(words[-1].group()):
        return text
    last = words[-1]
    found = stem(last.group().lower())
    if not found or not last.group().lower().startswith(found):
        return text
    cut = text[: last.start()] + last.group()[: len(found)]
    return cut if len(cut) >= MIN_LENGTH else text


def suggestions(text: str, language: str, request) -> list[Suggestion]:
    """At most LIMIT suggestions: names that start with `text`, then names with a later word that does; within
    each, pages before catalog entries, and each source in alphabetical order."""
    if len(text) < MIN_LENGTH:
        return []
    text = beginning(text)
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    found = _pages(text, locales, language, request)
    for spec in SPECS.values():
        if spec.suggested:
            found += _entries(spec.model, text, locales, language)
    # A stable sort: within a rank, the order of the sources and each one's alphabetical order stay.
    return [suggestion for _, suggestion in sorted(found, key=lambda item: item[0])][:LIMIT]
