"""Publishing a page's English version through wagtail-localize, from known Russian -> English strings.

Seeding uses the same machinery editors use in the admin, so demo pages stay ordinary wagtail-localize
translations: editors can re-translate them, and synchronised facts follow the Russian page.
"""

from html import escape

from django.db import models
from wagtail.models import Locale, Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def publish_translation(page: Page, english: dict[str, str], language: str = "en") -> Page:
    """Creates or updates `page`'s translation; `english` has the English of strings not yet translated."""
    locale = Locale.objects.get(language_code=language)
    english = {**{escape(ru, quote=False): escape(en, quote=False) for ru, en in english.items()}, **english}
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    missing = []
    done = set(
        StringTranslation.objects.filter(locale=locale, translation_of__segments__source=source).values_list(
            "translation_of_id", "context_id"
        )
    )
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = english.get(segment.string.data)
        if text is None:
            if (segment.string_id, segment.context_id) not in done:
                missing.append(segment.string.data)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise ValueError(f"No {language} text for {len(missing)} string(s) of {page.title!r}: {missing[:3]}")
    translation.save_target(publish=True)
    return page.get_translation(locale).specific


def facts(page: Page) -> list[str]:
    """Fields wagtail-localize copies from the source that a translator cannot override: dates, amounts."""
    return [
        field.field_name
        for field in get_translatable_fields(type(page))
        if field.is_synchronized(page) and not field.is_overridable(page)
    ]


def sync_facts(page: Page) -> None:
    """Gives every translation of a just-published source page the source's facts, at once.

    Text waits for translators; facts must not: an English page with last month's deadline misleads.
    The translation source is refreshed too, so a translator's next publish keeps the new facts.
    """
    source = TranslationSource.objects.filter(object_id=page.translation_key, locale=page.locale).first()
    if source is None:
        return
    source.update_from_db()
    names = facts(page)
    for target in page.get_translations().specific():
        publish = target.live and not target.has_unpublished_changes
        draft = target.get_latest_revision_as_object()
        changed = False
        for name in names:
            value = getattr(page, name)
            if isinstance(page._meta.get_field(name), models.ManyToManyField):
                value = list(value.all())
                changed |= {item.pk for item in value} != {item.pk for item in getattr(draft, name).all()}
            else:
                changed |= value != getattr(draft, name)
            setattr(draft, name, value)
        if not changed:
            continue
        revision = draft.save_revision()
        # A translator's unpublished draft stays a draft: the facts go live with it.
        if publish:
            revision.publish()


def sync_facts_on_publish(sender, instance, **kwargs) -> None:
    sync_facts(instance.specific)
