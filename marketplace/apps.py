from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = _("Manufacturing exchange")

    def ready(self):
        from marketplace import signals  # noqa: F401  (connects its receivers)
