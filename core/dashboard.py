"""Dashboard panels that show the site's own work waiting for someone: each line a count and a link to the
list it counts (applications by status, translations waiting)."""

from dataclasses import dataclass

from wagtail.admin.ui.components import Component


@dataclass(frozen=True)
class WorkLine:
    label: str
    count: int
    url: str


class WorkPanel(Component):
    template_name = "core/admin/work_panel.html"

    def __init__(self, name: str, title: str, lines: list[WorkLine], order: int = 150):
        self.name, self.title, self.lines, self.order = name, title, lines, order

    def get_context_data(self, parent_context=None):
        return {"name": self.name, "title": self.title, "lines": self.lines}
