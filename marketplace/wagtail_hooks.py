"""The exchange's quotes in the admin's Reports menu, for staff with the right to view them (Moderators):
which manufacturer offered what for which order, and where it stands; the quote's files open from there."""

from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from marketplace.models import Quote

policy = ModelPermissionPolicy(Quote)


class FilesColumn(Column):
    def get_value(self, instance):
        links = (
            (reverse("marketplace:quote-file", args=[instance.order_id, instance.pk, item.pk]), item)
            for item in instance.files.all()
        )
        return format_html_join(", ", '<a href="{}">{}</a>', links)


class QuotesView(ReportView):
    page_title = _("Quotes for manufacturing orders")
    header_icon = "doc-full"
    index_url_name = "quotes_report"
    index_results_url_name = "quotes_report_results"
    permission_policy = policy
    any_permission_required = ["view"]
    model = Quote
    columns = [
        DateColumn("sent_at", label=_("Sent")),
        Column("order", label=_("Order"), accessor="order.name"),
        Column("buyer", label=_("Buyer"), accessor="order.organization.name"),
        Column("manufacturer", label=_("Manufacturer"), accessor="organization.name"),
        Column("price", label=_("Price for the batch, roubles")),
        Column("lead_time_days", label=_("Lead time, days")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        FilesColumn("files", label=_("Files")),
    ]

    def get_queryset(self):
        return (
            Quote.objects.select_related("order__organization", "organization")
            .prefetch_related("files")
            .order_by("-sent_at", "-pk")
        )


class QuotesMenuItem(MenuItem):
    def is_shown(self, request):
        return policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def quotes_report_urls():
    return [
        path("reports/quotes/", QuotesView.as_view(), name="quotes_report"),
        path("reports/quotes/results/", QuotesView.as_view(results_only=True), name="quotes_report_results"),
    ]


@hooks.register("register_reports_menu_item")
def quotes_report_menu_item():
    return QuotesMenuItem(
        _("Quotes for manufacturing orders"), reverse("quotes_report"), icon_name="doc-full", order=190
    )
