"""Applications in the Wagtail admin: a filterable, searchable, exportable listing for the Reviewers group."""

from urllib.parse import urlencode

import django_filters
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from applications import admin_views
from applications.models import Application, Status
from applications.permissions import policy
from core.admin_columns import LocalizedColumnsMixin
from core.dashboard import WorkLine, WorkPanel
from home.models import SupportMeasurePage

register_permission_policy(Application, policy)
# What a reviewer still has to act on.
WAITING = (Status.SUBMITTED, Status.IN_REVIEW, Status.INFORMATION_REQUESTED)


def _measures_with_applications(request):
    return SupportMeasurePage.objects.filter(applications__isnull=False).distinct().order_by("title")


class ApplicationFilterSet(WagtailFilterSet):
    measure = django_filters.ModelChoiceFilter(
        label=_("Support measure"), queryset=_measures_with_applications
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    submitted_at = django_filters.DateFromToRangeFilter(
        label=_("Date submitted"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Application
        fields = ["measure", "status", "submitted_at"]


class ApplicationIndexView(LocalizedColumnsMixin, IndexView):
    pass


class ApplicationViewSet(ModelViewSet):
    index_view_class = ApplicationIndexView
    model = Application
    name = "applications"
    # The public views own the "applications" namespace.
    url_namespace = "applications_admin"
    icon = "form"
    menu_label = _("Applications")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    # The generic add and delete views stay routed but the policy refuses them to everyone; Wagtail still
    # needs a form for the add view it builds.
    form_fields = ["status"]
    # The admin searches with the database (icontains): applications are never in a search index.
    search_backend_name = None
    search_fields = ["reference", "organization_name", "inn"]
    filterset_class = ApplicationFilterSet
    list_display = [
        "reference",
        "organization_name",
        "inn",
        "measure",
        "status",
        "requested_amount",
        "submitted_at",
    ]
    list_export = [
        "reference",
        "measure",
        "status",
        "submitted_at",
        "closed_at",
        "organization_name",
        "inn",
        "ogrn",
        "region",
        "contact_name",
        "email",
        "phone",
        "requested_amount",
    ]
    export_filename = "applications"
    list_per_page = 50

    @property
    def edit_view(self):
        return admin_views.ReviewView.as_view(index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("attachments/<int:pk>/", admin_views.attachment, name="attachment"),
        ]

    def get_permissions_to_register(self):
        # Offered on the group screen: viewing (reviewers' main right), deciding, erasing; never adding.
        return Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Application),
            codename__in=["view_application", "change_application", "erase_application"],
        )


@hooks.register("register_admin_viewset")
def register_applications():
    return ApplicationViewSet()


@hooks.register("construct_homepage_panels")
def applications_waiting(request, panels):
    """Reviewers see at the admin's front door how many applications wait for them, by status."""
    if not policy.user_has_permission(request.user, "view"):
        return
    counts = dict(
        Application.objects.filter(status__in=WAITING).values_list("status").annotate(Count("pk")).order_by()
    )
    index = reverse("applications_admin:index")
    lines = [
        WorkLine(str(Status(status).label), counts[status], f"{index}?{urlencode({'status': status})}")
        for status in WAITING
        if counts.get(status)
    ]
    panels.append(WorkPanel("applications-waiting", _("Applications waiting"), lines, order=50))
