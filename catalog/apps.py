from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = "Catalogs"

    def ready(self):
        # The declarations give the models their segments, which every entry's address needs.
        from catalog import registry, translated_lists
        from core import content_problems

        translated_lists.connect([spec.model for spec in registry.SPECS.values()])
        for spec in registry.SPECS.values():
            content_problems.watch(spec.model)
