"""Chooser widgets whose labels follow each editor's language. Wagtail's own write theirs («Выберите страницу
(Кластер)», «Выбрать: организация») once, when a form class is built, in the language of whoever opens the
form first; the admin then shows them in that language to everyone."""

from django.utils.functional import lazy
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


def _naming(message: str, model) -> str:
    return lazy(lambda: gettext(message) % {"object": model._meta.verbose_name}, str)()


class PageChooser(AdminPageChooser):
    def __init__(self, target_models=None, **kwargs):
        super().__init__(target_models=target_models, **kwargs)
        if len(self.target_models) == 1 and self.target_models[0] is not Page:
            name = capfirst(self.target_models[0]._meta.verbose_name)
            self.choose_one_text = format_lazy("{} ({})", _("Choose a page"), name)


class SnippetChooser(AdminSnippetChooser):
    def __init__(self, model=None, **kwargs):
        super().__init__(model=model, **kwargs)
        self.choose_one_text = _naming("Choose %(object)s", self.model)
        self.choose_another_text = _naming("Choose another %(object)s", self.model)
        self.link_to_chosen_text = _naming("Edit this %(object)s", self.model)


class SnippetChooserInEditorsLanguage(SnippetChooserViewSet):
    """A snippet viewset's `chooser_viewset_class`: its widget is `SnippetChooser`."""

    base_widget_class = SnippetChooser
