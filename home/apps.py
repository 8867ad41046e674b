from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Editorial content"

    def ready(self):
        from wagtail.signals import page_published

        from home.translation import sync_facts_on_publish

        page_published.connect(sync_facts_on_publish, dispatch_uid="home.sync_facts_on_publish")
