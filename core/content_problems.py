"""What the content checks (core.content_checks) found, kept up to date: pages are checked when they are
published and forgotten when unpublished or deleted, rows of watched models (catalog entries) when they are
saved, and everything by `manage.py check_content`."""

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, get_page_models

from core.content_checks import Check, problems_of
from core.models import ContentProblem


def record(obj: models.Model) -> None:
    """Replaces what was found in `obj` by what is found now (nothing, for a page that is not live)."""
    content_type = ContentType.objects.get_for_model(obj)
    found = problems_of(obj) if getattr(obj, "live", True) else []
    with transaction.atomic():
        ContentProblem.objects.filter(content_type=content_type, object_id=obj.pk).delete()
        ContentProblem.objects.bulk_create(ContentProblem.of(obj, content_type, problem) for problem in found)


def forget(obj: models.Model) -> None:
    ContentProblem.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).delete()


def forget_page(sender, instance, **kwargs):
    """A deleted page (`post_delete` of Page, which knows no specific type)."""
    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    ContentProblem.objects.filter(content_type__in=page_types, object_id=instance.pk).delete()


WATCHED: list[type[models.Model]] = []


def _recorded(sender, instance, raw=False, **kwargs):
    if not raw:
        record(instance)


def _forgotten(sender, instance, **kwargs):
    forget(instance)


def watch(model: type[models.Model]) -> None:
    """Checks `model`'s rows whenever one is saved (catalog entries), and in `manage.py check_content`."""
    WATCHED.append(model)
    post_save.connect(_recorded, sender=model, dispatch_uid=f"content_checks:{model.__name__}")
    post_delete.connect(_forgotten, sender=model, dispatch_uid=f"content_checks:{model.__name__}")


def on_page_published(sender, instance, **kwargs):
    record(instance.specific)


def on_page_unpublished(sender, instance, **kwargs):
    forget(instance.specific)


def check_all(write=lambda line: None) -> dict[str, int]:
    """Checks every live page and every watched model's rows afresh; what was found before is replaced.
    Returns the number of problems per check."""
    found = []
    sources = [("pages", Page.objects.live().select_related("locale").specific())]
    sources += [
        (model._meta.verbose_name_plural, model.objects.select_related("locale")) for model in WATCHED
    ]
    for label, rows in sources:
        checked = 0
        for obj in rows.iterator(chunk_size=2000):
            content_type = ContentType.objects.get_for_model(obj)
            found += [ContentProblem.of(obj, content_type, problem) for problem in problems_of(obj)]
            checked += 1
        write(f"  {label}: {checked} checked")
    with transaction.atomic():
        ContentProblem.objects.all().delete()
        ContentProblem.objects.bulk_create(found, batch_size=1000)
    counts = dict.fromkeys(Check.values, 0)
    for problem in found:
        counts[problem.failed_check] += 1
    return counts
