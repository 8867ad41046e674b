"""Live updates: after an entry, one of its translations, or something its document reads changes, the
documents follow, once per transaction after it commits (search.indexing.changed): a rolled-back edit must
not change what visitors find, and an import of many rows is indexed in one go. The handlers only note what
changed; which entries that touches is read when the transaction commits, except before a deletion."""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from catalog.entry import SOURCE_LANGUAGE
from catalog.registry import SPECS, CatalogSpec, taxonomy_cache_key
from search.documents import value_paths
from search.indexing import changed


def _reindex(sender, instance, **kwargs):
    changed(SPECS[sender.segment], keys=[instance.translation_key])


def _forget(sender, instance, **kwargs):
    """A deleted entry leaves the index; a deleted translation only takes its words away."""
    if instance.locale.language_code == SOURCE_LANGUAGE:
        changed(SPECS[sender.segment], pks=[instance.pk])
    else:
        _reindex(sender, instance)


def _dependencies(spec: CatalogSpec):
    """(related model, relation name) for each relation a facet value, range or sort reads through."""
    paths = [facet.path for facet in spec.facets] + value_paths(spec)
    names = dict.fromkeys(path.split("__")[0] for path in paths if "__" in path)
    fields = [(spec.model._meta.get_field(name), name) for name in names]
    # A path through a plain field is a transform of the entry's own value (target_date__year), no relation.
    return [(field, name) for field, name in fields if field.is_relation]


def _connect_dependency(spec: CatalogSpec, field, relation: str) -> None:
    sources = spec.model.objects.filter(locale__language_code=SOURCE_LANGUAGE)

    def related_saved(sender, instance, created, **kwargs):
        if not created:  # no entry points to a new row yet
            changed(spec, relation=relation, related=[instance.pk])

    def related_deleted(sender, instance, **kwargs):
        # Read now: the deletion removes the rows that say which entries had it.
        changed(spec, pks=sources.filter(**{relation: instance}).values_list("pk", flat=True))

    def membership_changed(sender, instance, action, pk_set, **kwargs):
        if not action.startswith("post_"):
            return
        if isinstance(instance, spec.model):
            _reindex(spec.model, instance)
        elif pk_set is None:  # cleared from the related side: the entries are no longer known, update all
            changed(spec, pks=sources.values_list("pk", flat=True))
        else:
            rows = spec.model.objects.filter(pk__in=pk_set)
            changed(spec, keys=rows.values_list("translation_key", flat=True))

    uid = f"search.{spec.segment}.{relation}"
    post_save.connect(related_saved, sender=field.related_model, weak=False, dispatch_uid=uid)
    pre_delete.connect(related_deleted, sender=field.related_model, weak=False, dispatch_uid=uid)
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
