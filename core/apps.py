from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished

        from core import cache_generation, content_problems

        cache_generation.connect()
        page_published.connect(content_problems.on_page_published, dispatch_uid="content_checks:published")
        page_unpublished.connect(
            content_problems.on_page_unpublished, dispatch_uid="content_checks:unpublished"
        )
        post_delete.connect(content_problems.forget_page, sender=Page, dispatch_uid="content_checks:deleted")
