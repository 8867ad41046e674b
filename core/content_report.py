"""The admin's report of what the content checks found (core.content_checks), filtered by check, with a link
to each page's or entry's editor; the dashboard counts it by check."""

import django_filters
from django.conf import settings
from django.db import models
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.content_checks import Check
from core.dashboard import WorkLine, WorkPanel
from core.models import ContentProblem


class ContentProblemFilterSet(WagtailFilterSet):
    failed_check = django_filters.ChoiceFilter(label=_("Check"), choices=Check.choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.WAGTAIL_CONTENT_LANGUAGES)

    class Meta:
        model = ContentProblem
        fields = ["failed_check", "language"]


class ContentProblemsView(ReportView):
    page_title = _("Content checks")
    header_icon = "warning"
    index_url_name = "content_problems"
    index_results_url_name = "content_problems_results"
    filterset_class = ContentProblemFilterSet
    any_permission_required = ["add", "change", "publish"]
    permission_policy = PagePermissionPolicy()
    model = ContentProblem
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda problem: problem.edit_url),
        Column("kind", label=_("Type")),
        Column("language", label=_("Language")),
        Column("failed_check", label=_("Check"), accessor="get_failed_check_display"),
        Column("detail", label=_("What was found")),
    ]

    def get_queryset(self):
        return ContentProblem.objects.select_related("content_type")

    def decorate_paginated_queryset(self, object_list):
        finder = AdminURLFinder(self.request.user)
        problems = list(object_list)
        for problem in problems:
            model = problem.content_type.model_class()
            problem.kind = model._meta.verbose_name
            problem.edit_url = finder.get_edit_url(model(pk=problem.object_id))
        return problems


urls = [
    path("reports/content-checks/", ContentProblemsView.as_view(), name="content_problems"),
    path(
        "reports/content-checks/results/",
        ContentProblemsView.as_view(results_only=True),
        name="content_problems_results",
    ),
]


def panel() -> WorkPanel:
    counts = dict(ContentProblem.objects.values_list("failed_check").annotate(models.Count("pk")).order_by())
    report = reverse("content_problems")
    lines = [
        WorkLine(str(label), counts[value], f"{report}?{urlencode({'failed_check': value})}")
        for value, label in Check.choices
        if counts.get(value)
    ]
    return WorkPanel("content-problems", _("Content checks"), lines, order=70, empty=_("Every check passes."))
