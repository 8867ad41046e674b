from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    verbose_name = _("Taxonomies")

    def ready(self):
        from core import cache_generation

        # Their names show on pages and entries, and in every listing's filters.
        cache_generation.follow(*self.get_models())
