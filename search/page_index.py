"""The site search's page index on the database engines, SQLite and PostgreSQL alike: each page's Snowball
stems (core.text, as for the catalogs) in a `PageDocument`, so «гранты» finds what «грант» finds.

One mechanism for both databases rather than Wagtail's database search backend, which matches the words as
typed on SQLite (FTS5 has no Russian stemmer) and in one PostgreSQL text search configuration, not both
languages. A page's text is what its Wagtail `search_fields` name, the same text Elasticsearch indexes.
A page's document follows every save of the page row (which holds its live content: a draft saves a
revision) and goes with the page; `rebuild` writes them all.

A page is found when it has `required(n)` of the query's n words (search.matching, the catalogs' rule), a
word counting when the page has it or one of its synonyms; the words in its title count double, so the pages
named by the words come first.
"""

from collections.abc import Callable
from functools import reduce
from operator import add, and_, or_

from django.db import connection, transaction
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.signals import post_save
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search.index import SearchField

from core.text import stems
from search.matching import Analysis, Word
from search.models import PageDocument

BATCH = 500
TITLE_WEIGHT = 2


def page_texts(page: Page) -> tuple[str, list[str]]:
    """A (specific) page's title and the other texts its search fields name, without markup."""
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            value = field.get_value(page)
            if value:
                texts.append(strip_tags(force_str(value)))
    return page.title, texts


def padded_stems(texts: list[str]) -> str:
    """The texts' distinct stems as one string padded with spaces, so that ` stem ` matches whole stems."""
    unique = dict.fromkeys(item for text in texts for item in stems(text))
    return f" {' '.join(unique)} " if unique else ""


def document(page: Page) -> PageDocument:
    title, texts = page_texts(page)
    return PageDocument(page_id=page.pk, title=padded_stems([title]), tokens=padded_stems([title, *texts]))


def update(page: Page) -> None:
    made = document(page)
    PageDocument.objects.update_or_create(
        page_id=page.pk, defaults={"title": made.title, "tokens": made.tokens}
    )


def rebuild(write: Callable[[str], None] | None = None) -> int:
    """Every page's document; returns how many."""
    pages = Page.objects.filter(depth__gt=1).specific().order_by("pk")
    documents = [document(page) for page in pages.iterator(chunk_size=BATCH)]
    with transaction.atomic():
        PageDocument.objects.all().delete()
        PageDocument.objects.bulk_create(documents, batch_size=BATCH)
    analyze(PageDocument)
    if write:
        write(f"  pages: {len(documents)}")
    return len(documents)


def analyze(model) -> None:
    """Tells the planner about a table just rewritten (the same statement on PostgreSQL and SQLite)."""
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {model._meta.db_table}")


def _saved(sender, instance, raw=False, **kwargs):
    if isinstance(instance, Page) and not raw and instance.depth > 1:
        # A page saved as a plain Page (a tree operation) has the search fields of its own class.
        update(instance.specific if type(instance) is Page else instance)


def connect() -> None:
    # Every page model sends post_save as its own class, so the receiver listens to all senders.
    post_save.connect(_saved, dispatch_uid="search.page_index")


def _has(field: str, word: Word) -> Q:
    """The page's `field` has the word: all the stems of one of its alternatives (itself or a synonym)."""
    return reduce(
        or_,
        (
            reduce(and_, (Q(**{f"{field}__contains": f" {stem} "}) for stem in alt))
            for alt in word.alternatives
        ),
    )


def _count(field: str, words: tuple[Word, ...]):
    terms = [
        Case(When(_has(field, word), then=Value(1)), default=Value(0), output_field=IntegerField())
        for word in words
    ]
    return reduce(add, terms)


def ranked(pages: QuerySet, analysis: Analysis) -> list[tuple[int, int]]:
    """(id, content type) of every one of `pages` that has enough of the query's words, the most relevant
    first: one query for the site search's groups and their counts (a site has hundreds or a few thousand
    pages, not millions)."""
    matched, in_title = _count("tokens", analysis.words), _count("title", analysis.words)
    found = (
        PageDocument.objects.filter(page__in=pages)
        .annotate(matched=matched, score=matched + TITLE_WEIGHT * in_title)
        .filter(matched__gte=analysis.required)
        .order_by("-score", "page_id")
    )
    return list(found.values_list("page_id", "page__content_type_id"))
