"""What every catalog entry shares: translation, a stable address in both languages, text with a fallback.

The Russian row is the entry: its facts (numbers, dates, taxonomy links) serve both languages, and its id is
in both languages' URLs. An English row is a wagtail-localize translation that supplies English text for the
fields in `text_fields`; where it is missing, the Russian text is shown, marked lang="ru".
"""

from dataclasses import dataclass
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.slugs import latin_slug

SOURCE_LANGUAGE = settings.LANGUAGE_CODE[:2]


def published(model) -> models.QuerySet:
    """The entries visitors see: the Russian rows that are published."""
    return model.objects.filter(locale__language_code=SOURCE_LANGUAGE, live=True)


def source_locale() -> Locale:
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


_MODERATION = (WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin)

# Every entry's own bookkeeping, which wagtail-localize neither translates nor copies: each language's row
# is published (and moderated) on its own.
_BOOKKEEPING = {"id", "translation_key", "locale", "slug", "created", "updated"} | {
    field.name for mixin in _MODERATION for field in (*mixin._meta.local_fields, *mixin._meta.private_fields)
}


class TranslatableFields:
    """wagtail-localize's field list, read from the model: the `text_fields` are translated; every other
    field of the entry (its facts and child rows such as photos) is copied from the Russian row and cannot be
    overridden."""

    def __get__(self, instance, model) -> list:
        # Many-to-many facts are left out: catalog.translated_lists keeps them in step.
        facts = [
            field.name
            for field in model._meta.get_fields()
            if not field.auto_created
            and not field.many_to_many
            and field.name not in _BOOKKEEPING
            and field.name not in model.text_fields
        ]
        facts += [relation.name for relation in get_all_child_relations(model)]
        return [TranslatableField(name) for name in model.text_fields] + [
            SynchronizedField(name, overridable=False) for name in facts
        ]


class CatalogEntry(*_MODERATION, TranslatableMixin, ClusterableModel):
    """Changes are revisions: staff publish them in the admin, and what an organization's members send from
    the cabinet waits in the catalog's workflow (cabinet.profile). Visitors see published rows only
    (`published`); a revision's many-to-many facts are parental fields, so a draft never touches the live
    row's lists."""

    slug = models.SlugField(_("slug"), max_length=80, blank=True, help_text=_("Filled in from the name."))
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    # The URL segment (/ru/catalog/<segment>/), set by the catalog's declaration (catalog.registry); the field
    # that names an entry; and the text fields a translation supplies.
    segment: ClassVar[str]
    name_field: ClassVar[str] = "name"
    text_fields: ClassVar[tuple[str, ...]] = ()
    # An entry named after the entry this foreign key points to (a manufacturer after its organization).
    named_after: ClassVar[str] = ""
    translatable_fields = TranslatableFields()

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self) -> str:
        if not self.named_after:
            return getattr(self, self.name_field)
        if "_name" in self.__dict__:  # named by localize(), which names a whole list in two queries
            return self._name
        if getattr(self, self._meta.get_field(self.named_after).attname) is None:
            return str(self._meta.verbose_name)
        return str(localize([getattr(self, self.named_after).source])[0])

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = latin_slug(str(self))
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        source = self.source
        return reverse(f"catalog:{self.segment}", kwargs={"pk": source.pk, "slug": source.slug})

    @property
    def source(self) -> "CatalogEntry":
        """The Russian row, whose facts and id every language shows."""
        if self.locale.language_code == SOURCE_LANGUAGE:
            return self
        return self.get_translation(source_locale())

    def in_language(self, language: str | None = None) -> "LocalizedEntry":
        """This entry for a reader of `language` (default: the active one): facts and the best text."""
        return localize([self.source], language)[0]


@dataclass(frozen=True)
class LocalizedEntry:
    """`facts` is the Russian row; `text` the row whose text to show, written in `text_language`."""

    facts: CatalogEntry
    text: CatalogEntry
    text_language: str

    @property
    def lang(self) -> str:
        """The lang="…" for the text when it is not in the page's language (a fallback), else nothing."""
        return self.text_language if self.text_language != (get_language() or SOURCE_LANGUAGE)[:2] else ""

    def __str__(self) -> str:
        return str(self.text)


def localize(entries, language: str | None = None) -> list[LocalizedEntry]:
    """Russian rows paired with their text in `language`, in two queries whatever the number of entries."""
    entries = list(entries)
    language = (language or get_language() or SOURCE_LANGUAGE)[:2]
    translations = {}
    if entries and language != SOURCE_LANGUAGE:
        model = type(entries[0])
        rows = model.objects.filter(
            translation_key__in=[entry.translation_key for entry in entries],
            locale__language_code=language,
            live=True,
        )
        translations = {row.translation_key: row for row in rows}
    localized = []
    for entry in entries:
        text = translations.get(entry.translation_key)
        localized.append(LocalizedEntry(entry, text or entry, language if text else SOURCE_LANGUAGE))
    if entries and entries[0].named_after:
        _name_after_related(localized, language)
    return localized


def _name_after_related(localized: list[LocalizedEntry], language: str) -> None:
    """Names each entry after its related entry in `language`, for the whole list at once."""
    field = type(localized[0].facts)._meta.get_field(localized[0].facts.named_after)
    ids = {getattr(item.facts, field.attname) for item in localized}
    related = field.related_model.objects.filter(pk__in=ids).select_related("locale")
    names = {item.facts.pk: str(item) for item in localize(related, language)}
    for item in localized:
        item.facts._name = item.text._name = names.get(getattr(item.facts, field.attname), "")
