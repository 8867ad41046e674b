from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Catalog search"

    def ready(self):
        from search import corrections, page_index, signals

        signals.connect()
        page_index.connect()
        corrections.connect()
