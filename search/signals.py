"""Live updates: after an entry (or one of its translations) is saved or deleted, its document follows."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from catalog.entry import SOURCE_LANGUAGE
from search.models import SearchDocument
from search.specs import SPECS


def _reindex(sender, instance, **kwargs):
    from search.documents import rebuild

    spec = SPECS[sender.segment]
    try:
        pk = instance.source.pk
    except sender.DoesNotExist:
        return
    # After commit: a rolled-back edit must not change what visitors find.
    transaction.on_commit(lambda: rebuild(spec, [pk]))


def _forget(sender, instance, **kwargs):
    """A deleted entry leaves the index; a deleted translation only takes its words away."""
    if instance.locale.language_code == SOURCE_LANGUAGE:
        SearchDocument.objects.filter(catalog=sender.segment, entry_id=instance.pk).delete()
    else:
        _reindex(sender, instance)


def connect() -> None:
    for spec in SPECS.values():
        post_save.connect(_reindex, sender=spec.model, dispatch_uid=f"search.reindex.{spec.segment}")
        post_delete.connect(_forget, sender=spec.model, dispatch_uid=f"search.forget.{spec.segment}")
