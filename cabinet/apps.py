from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CabinetConfig(AppConfig):
    name = "cabinet"
    verbose_name = _("Personal accounts")

    def ready(self):
        from cabinet.applicant import applicant_details
        from core import applicant_details as details

        details.provide(applicant_details)
