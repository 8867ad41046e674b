"""Dashboard panels that show the site's own work waiting for someone: each line a count and a link to the
list it counts (applications by status, translations waiting, content checks that fail)."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

NOTHING_WAITING = _("Nothing is waiting.")


@dataclass(frozen=True)
class WorkLine:
    label: str
    count: int
    url: str


class WorkPanel(Component):
    template_name = "core/admin/work_panel.html"

    def __init__(self, name: str, title: str, lines: list[WorkLine], order: int = 150, empty=NOTHING_WAITING):
        self.name, self.title, self.lines, self.order, self.empty = name, title, lines, order, empty

    def get_context_data(self, parent_context=None):
        return {"name": self.name, "title": self.title, "lines": self.lines, "empty": self.empty}


class EditorsMenuItem(MenuItem):
    """A Reports menu item for those who may edit pages."""

    def is_shown(self, request):
        return user_has_any_page_permission(request.user)
