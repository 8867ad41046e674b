"""A translation's many-to-many facts (roles, industries, features…) follow the Russian row.

wagtail-localize copies an entry's other facts into its translations, but not its many-to-many lists, so
these are kept in step here: a translation takes the Russian row's lists when it is saved, and a change to a
Russian row's list reaches its translations. The lists are parental fields, whose manager holds changes
until the row is saved: here they are written at once, through the field's own manager.
"""

from django.db.models.signals import m2m_changed, post_save

from catalog.entry import SOURCE_LANGUAGE, CatalogEntry, source_locale


def fact_lists(model: type[CatalogEntry]) -> list[str]:
    return [field.name for field in model._meta.many_to_many if field.name not in model.text_fields]


def _write(entry: CatalogEntry, name: str, values) -> None:
    getattr(entry, name).get_original_manager().set(values)


def _take_from_source(sender, instance: CatalogEntry, raw=False, **kwargs):
    if raw or instance.locale.language_code == SOURCE_LANGUAGE:
        return
    source = instance.get_translation_or_none(source_locale())
    if source is None:  # an entry written in English only has no list to follow
        return
    for name in fact_lists(sender):
        _write(instance, name, getattr(source, name).get_original_manager().all())


def _pass_to_translations(sender, instance, action: str, reverse: bool, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or reverse:
        return
    if not isinstance(instance, CatalogEntry) or instance.locale.language_code != SOURCE_LANGUAGE:
        return
    name = next(
        field.name for field in type(instance)._meta.many_to_many if field.remote_field.through is sender
    )
    values = list(getattr(instance, name).all())
    for translation in instance.get_translations():
        _write(translation, name, values)


def connect(models: list[type[CatalogEntry]]) -> None:
    for model in models:
        post_save.connect(_take_from_source, sender=model, dispatch_uid=f"translated_lists:{model.__name__}")
        for name in fact_lists(model):
            through = model._meta.get_field(name).remote_field.through
            m2m_changed.connect(
                _pass_to_translations, sender=through, dispatch_uid=f"translated_lists:{through}"
            )
