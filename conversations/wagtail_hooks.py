"""Reports of abuse in the admin's Reports menu, for staff with the right to view them (Moderators): the
message reported, its conversation's two sides, who reported it and why."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from conversations.models import AbuseReport

policy = ModelPermissionPolicy(AbuseReport)


class AbuseReportsView(ReportView):
    page_title = _("Reports of abuse")
    header_icon = "warning"
    index_url_name = "abuse_reports"
    index_results_url_name = "abuse_reports_results"
    permission_policy = policy
    any_permission_required = ["view"]
    model = AbuseReport
    columns = [
        DateColumn("reported_at", label=_("Reported")),
        Column("sender", label=_("From"), accessor="message.organization.name"),
        Column("subject", label=_("Conversation"), accessor="message.conversation.subject"),
        Column("body", label=_("Message"), accessor="message.body"),
        Column("reason", label=_("Reason")),
        Column("reporter", label=_("Reported by"), accessor="reported_by.email"),
    ]

    def get_queryset(self):
        return AbuseReport.objects.select_related(
            "message__organization", "message__conversation", "reported_by"
        )


class AbuseReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def abuse_report_urls():
    return [
        path("reports/abuse/", AbuseReportsView.as_view(), name="abuse_reports"),
        path(
            "reports/abuse/results/",
            AbuseReportsView.as_view(results_only=True),
            name="abuse_reports_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def abuse_reports_menu_item():
    return AbuseReportsMenuItem(
        _("Reports of abuse"), reverse("abuse_reports"), icon_name="warning", order=180
    )
