from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Catalog search"

    def ready(self):
        from search.signals import connect

        connect()
