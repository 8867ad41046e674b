from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = "Catalogs"

    def ready(self):
        # The declarations give the models their segments, which every entry's address needs.
        from catalog import registry, translated_lists
        from core import cache_generation, content_problems

        translated_lists.connect([spec.model for spec in registry.SPECS.values()])
        # Entries show on their own pages, in listings, on the home page and on cluster pages.
        cache_generation.follow(*self.get_models())
        for spec in registry.SPECS.values():
            content_problems.watch(spec.model)
