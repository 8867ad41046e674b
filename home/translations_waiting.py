"""Pages in another language than Russian that readers do not see yet, or see in an older version: new
translations (drafts until a translator publishes them) and translations with unpublished changes, unless
they are scheduled to go live."""

from django.conf import settings
from django.db.models import Q
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.permission_policies.pages import PagePermissionPolicy


def waiting(user):
    """The translated pages `user` may edit that wait for a translator."""
    return (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .exclude(locale__language_code=settings.LANGUAGE_CODE[:2])
        .filter(Q(live=False) | Q(has_unpublished_changes=True), depth__gt=2)
        # Translated and scheduled: waiting for its date, not for a translator.
        .exclude(latest_revision__approved_go_live_at__gt=timezone.now())
    )


class TranslationsWaitingView(PageReportView):
    page_title = _("Translations waiting")
    header_icon = "globe"
    index_url_name = "translations_waiting"
    index_results_url_name = "translations_waiting_results"
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        self.queryset = waiting(self.request.user).select_related("locale").specific(defer=True)
        return super().get_queryset().order_by("-latest_revision_created_at")


urls = [
    path("reports/translations-waiting/", TranslationsWaitingView.as_view(), name="translations_waiting"),
    path(
        "reports/translations-waiting/results/",
        TranslationsWaitingView.as_view(results_only=True),
        name="translations_waiting_results",
    ),
]
