"""Live updates: after an entry, one of its translations, or something its document reads changes, the
documents follow (after commit: a rolled-back edit must not change what visitors find)."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from catalog.entry import SOURCE_LANGUAGE
from catalog.registry import SPECS, CatalogSpec, taxonomy_cache_key
from search.documents import value_paths


def _later(spec: CatalogSpec, pks) -> None:
    from search.indexing import update

    pks = list(pks)
    transaction.on_commit(lambda: update(spec, pks))


def _reindex(sender, instance, **kwargs):
    try:
        pk = instance.source.pk
    except sender.DoesNotExist:
        return
    _later(SPECS[sender.segment], [pk])


def _forget(sender, instance, **kwargs):
    """A deleted entry leaves the index; a deleted translation only takes its words away."""
    if instance.locale.language_code == SOURCE_LANGUAGE:
        _later(SPECS[sender.segment], [instance.pk])
    else:
        _reindex(sender, instance)


def _dependencies(spec: CatalogSpec):
    """(related model, relation name) for each relation a facet value, range or sort reads through."""
    paths = [facet.path for facet in spec.facets] + value_paths(spec)
    relations = dict.fromkeys(path.split("__")[0] for path in paths if "__" in path)
    return [(spec.model._meta.get_field(name), name) for name in relations]


def _connect_dependency(spec: CatalogSpec, field, relation: str) -> None:
    def related_saved(sender, instance, **kwargs):
        # Read now: before a deletion removes the rows that say which entries had it.
        entries = spec.model.objects.filter(**{relation: instance}, locale__language_code=SOURCE_LANGUAGE)
        _later(spec, entries.values_list("pk", flat=True))

    def membership_changed(sender, instance, action, pk_set, **kwargs):
        if not action.startswith("post_"):
            return
        if isinstance(instance, spec.model):
            _reindex(spec.model, instance)
        elif pk_set is None:  # cleared from the related side: the entries are no longer known, update all
            _later(
                spec,
                spec.model.objects.filter(locale__language_code=SOURCE_LANGUAGE).values_list("pk", flat=True),
            )
        else:
            _later(spec, pk_set)

    uid = f"search.{spec.segment}.{relation}"
    for signal in (post_save, pre_delete):
        signal.connect(related_saved, sender=field.related_model, weak=False, dispatch_uid=uid)
    if field.many_to_many:
        through = field.remote_field.through
        m2m_changed.connect(membership_changed, sender=through, weak=False, dispatch_uid=f"{uid}.members")


def _taxonomy_changed(taxonomy):
    def forget(sender, **kwargs):
        cache.delete(taxonomy_cache_key(taxonomy))

    return forget


def connect() -> None:
    for spec in SPECS.values():
        for facet in spec.facets:
            taxonomy = facet.taxonomy(spec.model)
            if taxonomy is not None:
                uid = f"search.taxonomy.{spec.segment}.{facet.name}"
                for signal in (post_save, post_delete):
                    signal.connect(_taxonomy_changed(taxonomy), sender=taxonomy, weak=False, dispatch_uid=uid)
        post_save.connect(_reindex, sender=spec.model, dispatch_uid=f"search.reindex.{spec.segment}")
        post_delete.connect(_forget, sender=spec.model, dispatch_uid=f"search.forget.{spec.segment}")
        for field, relation in _dependencies(spec):
            _connect_dependency(spec, field, relation)
